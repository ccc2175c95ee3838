/** Names and personal details for contacts: the things a good CSM remembers about people. */

export const FIRST_NAMES = [
  'Dana', 'Mike', 'Jessica', 'Carlos', 'Priya', 'Tom', 'Angela', 'Marcus', 'Lauren', 'Kevin',
  'Rachel', 'Brian', 'Monica', 'Jamal', 'Heather', 'Luis', 'Megan', 'Greg', 'Tanya', 'Derek',
  'Olivia', 'Sam', 'Nicole', 'Ryan', 'Sofia', 'Wes', 'Kristen', 'Andre', 'Beth', 'Tyler',
  'Mei', 'Jason', 'Carla', 'Nate', 'Erin', 'Victor', 'Holly', 'Darnell', 'Amy', 'Scott',
] as const;

export const SURNAMES = [
  'Miller', 'Johnson', 'Garcia', 'Patel', 'Nguyen', 'Brooks', 'Sullivan', 'Reyes', 'Walsh', 'Carter',
  'Hughes', 'Bennett', 'Ramirez', 'Foster', 'Coleman', 'Hayes', 'Price', 'Morales', 'Jensen', 'Kowalski',
  'Okafor', 'Fischer', 'Lindqvist', 'Delgado', 'Harper', 'Whitaker', 'Brennan', 'Castillo', 'Thornton', 'Park',
  'McAllister', 'Dawson', 'Fletcher', 'Romero', 'Sandoval', 'Gallagher', 'Vaughn', 'Holloway', 'Chen', 'Abbott',
] as const;

export const SPOUSE_NAMES = [
  'Lisa', 'Mark', 'Jen', 'David', 'Maria', 'Chris', 'Kelly', 'Rob', 'Anna', 'Steve', 'Paula', 'Dan',
] as const;

export const KID_NAMES = [
  'Emma', 'Jack', 'Ava', 'Noah', 'Mia', 'Liam', 'Zoe', 'Eli', 'Chloe', 'Owen', 'Lily', 'Max',
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

export function familyLine(pick: <T>(items: readonly T[]) => T, roll: number): string {
  if (roll < 0.2) return '';
  if (roll < 0.35) return `Married to ${pick(SPOUSE_NAMES)}.`;
  if (roll < 0.7) return `Married to ${pick(SPOUSE_NAMES)}; two kids, ${pick(KID_NAMES)} and ${pick(KID_NAMES.slice(6))}.`;
  if (roll < 0.85) return `Newlywed (${pick(SPOUSE_NAMES)}); first baby due in the spring.`;
  return `Single dad of ${pick(KID_NAMES)}; shares custody, off every other Friday.`;
}
