// The statistics the Adoption Gap reports, one concept per file under stats/.
export { mean, median, sampleVariance } from "./stats/descriptive.js";
export { floorFraction, minCountForGroup } from "./stats/fraction.js";
export { mannWhitneyP } from "./stats/mann-whitney.js";
export { averageRanks, tieSizes } from "./stats/ranks.js";
export { spearmanRho } from "./stats/spearman.js";
export { welchCi95 } from "./stats/welch.js";
