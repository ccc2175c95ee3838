/** US cities an agency's local-service clients plausibly sit in, with their zone and area code. */
export interface City {
  name: string;
  state: string;
  timezone: string;
  areaCode: string;
}

export const CITIES: readonly City[] = [
  { name: 'Austin', state: 'TX', timezone: 'America/Chicago', areaCode: '512' },
  { name: 'San Antonio', state: 'TX', timezone: 'America/Chicago', areaCode: '210' },
  { name: 'Plano', state: 'TX', timezone: 'America/Chicago', areaCode: '972' },
  { name: 'Phoenix', state: 'AZ', timezone: 'America/Phoenix', areaCode: '602' },
  { name: 'Scottsdale', state: 'AZ', timezone: 'America/Phoenix', areaCode: '480' },
  { name: 'Denver', state: 'CO', timezone: 'America/Denver', areaCode: '303' },
  { name: 'Fort Collins', state: 'CO', timezone: 'America/Denver', areaCode: '970' },
  { name: 'Salt Lake City', state: 'UT', timezone: 'America/Denver', areaCode: '801' },
  { name: 'Albuquerque', state: 'NM', timezone: 'America/Denver', areaCode: '505' },
  { name: 'Boise', state: 'ID', timezone: 'America/Boise', areaCode: '208' },
  { name: 'Sacramento', state: 'CA', timezone: 'America/Los_Angeles', areaCode: '916' },
  { name: 'San Diego', state: 'CA', timezone: 'America/Los_Angeles', areaCode: '619' },
  { name: 'Portland', state: 'OR', timezone: 'America/Los_Angeles', areaCode: '503' },
  { name: 'Spokane', state: 'WA', timezone: 'America/Los_Angeles', areaCode: '509' },
  { name: 'Tampa', state: 'FL', timezone: 'America/New_York', areaCode: '813' },
  { name: 'Orlando', state: 'FL', timezone: 'America/New_York', areaCode: '407' },
  { name: 'Charlotte', state: 'NC', timezone: 'America/New_York', areaCode: '704' },
  { name: 'Raleigh', state: 'NC', timezone: 'America/New_York', areaCode: '919' },
  { name: 'Greenville', state: 'SC', timezone: 'America/New_York', areaCode: '864' },
  { name: 'Atlanta', state: 'GA', timezone: 'America/New_York', areaCode: '404' },
  { name: 'Richmond', state: 'VA', timezone: 'America/New_York', areaCode: '804' },
  { name: 'Columbus', state: 'OH', timezone: 'America/New_York', areaCode: '614' },
  { name: 'Cincinnati', state: 'OH', timezone: 'America/New_York', areaCode: '513' },
  { name: 'Grand Rapids', state: 'MI', timezone: 'America/Detroit', areaCode: '616' },
  { name: 'Indianapolis', state: 'IN', timezone: 'America/Indiana/Indianapolis', areaCode: '317' },
  { name: 'Louisville', state: 'KY', timezone: 'America/Kentucky/Louisville', areaCode: '502' },
  { name: 'Knoxville', state: 'TN', timezone: 'America/New_York', areaCode: '865' },
  { name: 'Nashville', state: 'TN', timezone: 'America/Chicago', areaCode: '615' },
  { name: 'Kansas City', state: 'MO', timezone: 'America/Chicago', areaCode: '816' },
  { name: 'Omaha', state: 'NE', timezone: 'America/Chicago', areaCode: '402' },
  { name: 'Tulsa', state: 'OK', timezone: 'America/Chicago', areaCode: '918' },
  { name: 'Des Moines', state: 'IA', timezone: 'America/Chicago', areaCode: '515' },
  { name: 'Madison', state: 'WI', timezone: 'America/Chicago', areaCode: '608' },
  { name: 'Minneapolis', state: 'MN', timezone: 'America/Chicago', areaCode: '612' },
];

export function cityByName(name: string): City {
  const found = CITIES.find((c) => c.name === name);
  if (!found) throw new Error(`No demo city "${name}"`);
  return found;
}
