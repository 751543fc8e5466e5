// Names for the demo's people. A mix of origins, as in any sales floor; a few
// carry accents, hyphens or apostrophes so that every import path meets them.
// Several surnames are borrowed from the Maven CRM sample's sales team.

import type { Rng } from "./rng.js";

export const FIRST_NAMES = [
  "Aaliyah",
  "Adam",
  "Aisha",
  "Alejandro",
  "Alex",
  "Amara",
  "Amelia",
  "Ana",
  "Andre",
  "Anna",
  "Arjun",
  "Ava",
  "Benjamin",
  "Bianca",
  "Brandon",
  "Caleb",
  "Camila",
  "Carlos",
  "Carmen",
  "Chen",
  "Chloe",
  "Chris",
  "Daniel",
  "Darcel",
  "David",
  "Deepa",
  "Diego",
  "Dmitri",
  "Elena",
  "Elif",
  "Elijah",
  "Emily",
  "Emma",
  "Ethan",
  "Fatima",
  "Felix",
  "Gabriel",
  "Grace",
  "Hana",
  "Hannah",
  "Hiroshi",
  "Ibrahim",
  "Ines",
  "Isaac",
  "Isabella",
  "Jack",
  "Jada",
  "James",
  "Jamal",
  "Javier",
  "Jessica",
  "Jin",
  "Jordan",
  "José",
  "Julia",
  "Kai",
  "Karen",
  "Kenji",
  "Kwame",
  "Laila",
  "Laura",
  "Leah",
  "Liam",
  "Lucas",
  "Lucía",
  "Maria",
  "Marcus",
  "Maya",
  "Mei",
  "Mei-Mei",
  "Michael",
  "Mohammed",
  "Naomi",
  "Natalya",
  "Nia",
  "Noah",
  "Olivia",
  "Omar",
  "Oscar",
  "Pablo",
  "Priya",
  "Rachel",
  "Rahul",
  "Rafael",
  "Renée",
  "Riley",
  "Rosa",
  "Ryan",
  "Samuel",
  "Sara",
  "Sean",
  "Sofia",
  "Sophie",
  "Tariq",
  "Thomas",
  "Valentina",
  "Victor",
  "Wei",
  "Yasmin",
  "Zoë",
] as const;

export const LAST_NAMES = [
  "Adeyemi",
  "Ahmed",
  "Alvarez",
  "Anderson",
  "Andersson",
  "Bauer",
  "Becker",
  "Berthelot",
  "Bianchi",
  "Brown",
  "Campbell",
  "Cantrell",
  "Chen",
  "Clapper",
  "Cohen",
  "Colclough",
  "Costa",
  "Cress",
  "D'Angelo",
  "Davis",
  "Dieter",
  "Dubois",
  "Evans",
  "Farren",
  "Fernandes",
  "Fischer",
  "Flores",
  "Garcia",
  "Gluck",
  "Gomez",
  "Gonzalez",
  "Gupta",
  "Hammack",
  "Hansen",
  "Hernandez",
  "Hoffmann",
  "Huang",
  "Ivanova",
  "Jackson",
  "Jensen",
  "Johns",
  "Johnson",
  "Kaur",
  "Khan",
  "Kim",
  "Kinder",
  "Kowalski",
  "Kumar",
  "Laflamme",
  "Lambert",
  "Larsen",
  "Lee",
  "Levy",
  "Lin",
  "Lopez",
  "Marcano",
  "Martin",
  "Martínez",
  "McAllister",
  "Mensah",
  "Miller",
  "Moreau",
  "Morales",
  "Müller",
  "Murphy",
  "Nakamura",
  "Neloms",
  "Nguyen",
  "Novak",
  "O'Brien",
  "Okafor",
  "Olsen",
  "Ortiz",
  "Papadopoulos",
  "Park",
  "Patel",
  "Pereira",
  "Petrov",
  "Ramirez",
  "Reyes",
  "Richter",
  "Rivera",
  "Robinson",
  "Rossi",
  "Sanchez",
  "Santos",
  "Sato",
  "Schlecht",
  "Schmidt",
  "Sewald",
  "Shah",
  "Silva",
  "Singh",
  "Smith",
  "Snelling",
  "Suzuki",
  "Tanaka",
  "Taylor",
  "Thompson",
  "Torres",
  "Van der Berg",
  "Vasquez",
  "Wagner",
  "Walker",
  "Wang",
  "Williams",
  "Wilson",
  "Wright",
  "Yamamoto",
  "Young",
  "Zhang",
  "Zielinski",
] as const;

export interface DemoName {
  name: string;
  email: string;
}

/** Lowercase ASCII for an email's local part: "Zoë" -> "zoe", "O'Brien" -> "obrien". */
function emailPart(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z-]/g, "");
}

// One generational suffix with a comma, so that the people file needs RFC 4180 quoting.
const SUFFIXED = new Set(["James", "Daniel", "Michael", "Thomas", "David", "Samuel"]);

/**
 * `count` distinct full names with unique emails firstname.lastname@example.com
 * (a digit is appended on the rare clash once the combinations run out).
 */
export function drawNames(rng: Rng, count: number): DemoName[] {
  const usedNames = new Set<string>();
  const usedEmails = new Set<string>();
  const out: DemoName[] = [];
  let suffixed = false;
  for (let i = 0; i < count; i++) {
    let first: string = rng.pick(FIRST_NAMES);
    let last: string = rng.pick(LAST_NAMES);
    for (let tries = 0; tries < 20 && usedNames.has(`${first} ${last}`); tries++) {
      first = rng.pick(FIRST_NAMES);
      last = rng.pick(LAST_NAMES);
    }
    let name = `${first} ${last}`;
    usedNames.add(name);
    if (!suffixed && SUFFIXED.has(first)) {
      name += ", Jr.";
      suffixed = true;
    }
    const local = `${emailPart(first)}.${emailPart(last)}`;
    let email = `${local}@example.com`;
    for (let n = 2; usedEmails.has(email); n++) email = `${local}${n}@example.com`;
    usedEmails.add(email);
    out.push({ name, email });
  }
  return out;
}
