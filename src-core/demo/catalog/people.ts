/** Names and personal details for contacts: the things a good CSM remembers about people. */

export const FIRST_NAMES = [
  'Dana',
  'Mike',
  'Jessica',
  'Carlos',
  'Priya',
  'Tom',
  'Angela',
  'Marcus',
  'Lauren',
  'Kevin',
  'Rachel',
  'Brian',
  'Monica',
  'Jamal',
  'Heather',
  'Luis',
  'Megan',
  'Greg',
  'Tanya',
  'Derek',
  'Olivia',
  'Sam',
  'Nicole',
  'Ryan',
  'Sofia',
  'Wes',
  'Kristen',
  'Andre',
  'Beth',
  'Tyler',
  'Mei',
  'Jason',
  'Carla',
  'Nate',
  'Erin',
  'Victor',
  'Holly',
  'Darnell',
  'Amy',
  'Scott',
] as const;

export const SURNAMES = [
  'Miller',
  'Johnson',
  'Garcia',
  'Patel',
  'Nguyen',
  'Brooks',
  'Sullivan',
  'Reyes',
  'Walsh',
  'Carter',
  'Hughes',
  'Bennett',
  'Ramirez',
  'Foster',
  'Coleman',
  'Hayes',
  'Price',
  'Morales',
  'Jensen',
  'Kowalski',
  'Okafor',
  'Fischer',
  'Lindqvist',
  'Delgado',
  'Harper',
  'Whitaker',
  'Brennan',
  'Castillo',
  'Thornton',
  'Park',
  'McAllister',
  'Dawson',
  'Fletcher',
  'Romero',
  'Sandoval',
  'Gallagher',
  'Vaughn',
  'Holloway',
  'Chen',
  'Abbott',
] as const;

export const SPOUSE_NAMES = [
  'Lisa',
  'Mark',
  'Jen',
  'David',
  'Maria',
  'Chris',
  'Kelly',
  'Rob',
  'Anna',
  'Steve',
  'Paula',
  'Dan',
] as const;

export const KID_NAMES = [
  'Emma',
  'Jack',
  'Ava',
  'Noah',
  'Mia',
  'Liam',
  'Zoe',
  'Eli',
  'Chloe',
  'Owen',
  'Lily',
  'Max',
] as const;

export const INTERESTS = [
  'Golf — plays most Saturday mornings',
  'College football (huge Longhorns fan)',
  'Marathon training; ran Chicago last fall',
  'Fly fishing',
  'Coaches youth soccer',
  'Home brewing',
  'Pickleball league on Thursdays',
  'Restoring a 1967 Mustang',
  'Hiking with the family dog',
  'Cooking; loves trying new BBQ spots',
  'Yoga and trail running',
  'Fantasy football commissioner',
  'Church worship band (guitar)',
  'Hunting season in November — hard to reach then',
  'Gardening; brings tomatoes to the office',
  'Traveling to national parks',
  'Local minor-league baseball season tickets',
  'Mountain biking',
] as const;

export const PERSONAL_NOTES = [
  'Prefers a text before a call.',
  'Likes short emails with the numbers up top.',
  'Best reached before 9am; in the field after that.',
  'Wants the monthly report printed for the partners meeting.',
  'Appreciates candor — do not sugarcoat bad months.',
  'Very detail-oriented; will read the whole audit.',
  'Takes the first two weeks of July off every year.',
  'Mentioned they are thinking about opening a second location.',
  'Joined from a competitor agency; burned by long contracts before.',
  'Loves seeing call recordings of good leads.',
  '',
] as const;

/** Lines of each kind take the same names, so the variant costs no extra draw (the demo stays the same book). */
const MARRIED: readonly ((spouse: string) => string)[] = [
  (s) => `Married to ${s}.`,
  (s) => `Married to ${s}; empty nesters since last fall.`,
  (s) => `Engaged to ${s}; the wedding is in June.`,
  (s) => `Partner ${s}; they foster rescue dogs.`,
  (s) => `Married to ${s}; just bought a cabin on the lake.`,
];
const WITH_KIDS: readonly ((spouse: string, a: string, b: string) => string)[] = [
  (s, a, b) => `Married to ${s}; two kids, ${a} and ${b}.`,
  (s, a, b) => `Married to ${s}; ${a} plays travel hockey, ${b} just started kindergarten.`,
  (s, a, b) => `Partner ${s}; weekends are ${a}'s and ${b}'s soccer games.`,
  (s, a, b) => `Married to ${s}; twins ${a} and ${b} start college next fall.`,
];
const NEW_FAMILY: readonly ((spouse: string) => string)[] = [
  (s) => `Newlywed (${s}); first baby due in the spring.`,
  (s) => `Married to ${s}; caring for a parent who moved in last year.`,
  (s) => `Married to ${s}; first grandchild arrived in March.`,
];
const ONE_PARENT: readonly ((kid: string) => string)[] = [
  (k) => `Single parent of ${k}; shares custody, off every other Friday.`,
  (k) => `Single parent; ${k} is a high-school senior touring colleges.`,
  (k) => `Divorced; ${k} spends summers with them.`,
];

const variant = <T>(list: readonly T[], roll: number): T => list[Math.floor(roll * 10_000) % list.length]!;

/** A contact's family line, from one roll and the names it picks; many variants, so lines rarely repeat. */
export function familyLine(pick: <T>(items: readonly T[]) => T, roll: number): string {
  if (roll < 0.2) return '';
  if (roll < 0.35) return variant(MARRIED, roll)(pick(SPOUSE_NAMES));
  if (roll < 0.7) return variant(WITH_KIDS, roll)(pick(SPOUSE_NAMES), pick(KID_NAMES), pick(KID_NAMES.slice(6)));
  if (roll < 0.85) return variant(NEW_FAMILY, roll)(pick(SPOUSE_NAMES));
  return variant(ONE_PARENT, roll)(pick(KID_NAMES));
}
