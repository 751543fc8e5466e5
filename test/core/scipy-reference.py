# Reference values for test/core/stats.test.ts and test/core/gap.test.ts.
# Run: python3 test/core/scipy-reference.py (scipy 1.17.1, numpy 2.4.6 produced the pasted numbers).
import numpy as np, scipy, scipy.stats as st
print("scipy", scipy.__version__, "numpy", np.__version__)
def welch(a,b):
    r = st.ttest_ind(a,b,equal_var=False)
    ci = r.confidence_interval(0.95)
    print("welch", a, b, "diff", repr(np.mean(a)-np.mean(b)), "df", repr(r.df), "ci", repr(ci.low), repr(ci.high))
welch([12.5, 15.1, 9.8, 20.3, 14.0], [8.2, 7.9, 11.4, 6.5])
welch([3,3,3], [1,2,4,7])
welch([1.31, 0.92, 1.05], [0.48, 0.61, 0.55])
def mw(a,b):
    r = st.mannwhitneyu(a,b,alternative='two-sided',method='asymptotic',use_continuity=True)
    print("mw", a, b, "U", r.statistic, "p", repr(r.pvalue))
mw([1.2, 3.4, 3.4, 5.0, 7.1, 2.2], [0.5, 3.4, 1.2, 2.0, 0.9])
mw([10,11,12,13,14,15,16,17,18,19,20,21], [1,2,3,4,5,6,7,8,9,9,9,9])
mw([1,2,3],[1,2,3])
mw([1.1,0.9,1.4],[0.2,0.3,0.1])
def sp(x,y):
    r = st.spearmanr(x,y)
    print("sp", x, y, repr(r.statistic))
sp([1,2,2,3,4,4,4,5],[2.0,1.5,3.0,3.0,5.5,4.0,6.0,5.5])
sp([5,4,3,2,1],[1,2,3,4,5])
print("rankdata", st.rankdata([3.4, 1.2, 3.4, 0.5, 3.4, 2.0, 1.2]).tolist())
v=[4.0, 1.5, 9.25, 2.0, 7.5, 3.0]
print("mean", repr(np.mean(v)), "median", repr(np.median(v)), "var", repr(np.var(v, ddof=1)), "median5", repr(np.median(v[:5])))
import numpy as np, scipy.stats as st
def report(name, scores, outcomes, top, bottom):
    ci = st.ttest_ind(top, bottom, equal_var=False).confidence_interval(0.95)
    p = st.mannwhitneyu(top, bottom, alternative='two-sided', method='asymptotic', use_continuity=True).pvalue
    rho = st.spearmanr(scores, outcomes).statistic
    print(name, "diff", repr(np.mean(top)-np.mean(bottom)), "ci", repr(ci.low), repr(ci.high), "p", repr(p), "rho", repr(rho))
# A: revenue, sorted order
A = [(2.4,61000),(1.8,38000),(1.2,45000),(1.2,52000),(1.0,30000),(0.9,0),(0.8,27000),(0.7,33000),(0.3,12000),(0.3,15000),(0.3,0),(0.1,9000)]
s=[a for a,_ in A]; o=[b for _,b in A]
report("A", s, o, o[:3], o[-3:])
# B: quota attainment, sorted order
B = [(2.1,30000/25000),(1.9,36000/30000),(1.6,18000/20000),(1.3,9000/15000),(1.3,26000/20000),(1.1,22000/20000),(0.9,15000/20000),(0.7,20000/25000),(0.6,0/20000),(0.5,7000/10000),(0.4,6000/20000),(0.2,2000/10000)]
s=[a for a,_ in B]; o=[b for _,b in B]
print("B top", o[:3], "bottom", o[-3:], "means", repr(np.mean(o[:3])), repr(np.mean(o[-3:])), "medians", repr(np.median(o[:3])), repr(np.median(o[-3:])))
report("B", s, o, o[:3], o[-3:])
