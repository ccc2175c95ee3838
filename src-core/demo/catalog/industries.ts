import type { Service } from '../../model';

/**
 * What a marketing agency knows about each kind of local-service client: how its business
 * names sound, what a booked job is worth, how leads turn into calls and jobs, and when its
 * busy season is. The numbers are deliberately ordinary so the demo reads as a real book.
 */
export interface IndustryProfile {
  key: string;
  /** The account's `industry` field, as a CSM would write it. */
  label: string;
  /** `{Surname}`, `{City}` and `{Word}` are filled in. */
  nameTemplates: readonly string[];
  words: readonly string[];
  /** Average revenue of one booked job / new patient / new case, in cents. */
  jobValueCents: number;
  /** Booked jobs per lead. */
  closeRate: number;
  /** Phone calls per lead. */
  callShare: number;
  /** Weekly leads per $1,000 of monthly agency fee. */
  leadVolume: number;
  /** Demand by month, January first; averages about 1. */
  seasonality: readonly number[];
  serviceWeights: Partial<Record<Service, number>>;
  ownerTitle: string;
  managerTitle: string;
  /** Search terms the CSM talks about in audits and insights. */
  keywords: readonly string[];
  /** What "a job" is called in this business. */
  jobWord: string;
}

const HOME_SERVICES = { seo: 5, ppc: 5, social: 2, email: 1, direct_mail: 2, website: 2, content: 3 };

export const INDUSTRIES: readonly IndustryProfile[] = [
  {
    key: 'dental',
    label: 'Dental practice',
    nameTemplates: [
      '{Surname} Family Dentistry',
      '{City} Dental Care',
      '{Word} Dental',
      '{Word} Smiles Dental',
      '{Surname} & Associates Dentistry',
    ],
    words: ['Bright', 'Gentle', 'Parkside', 'Willow Creek', 'Lakeview', 'Summit', 'Evergreen', 'Harbor'],
    jobValueCents: 65_000,
    closeRate: 0.42,
    callShare: 0.7,
    leadVolume: 6,
    seasonality: [1.12, 1.05, 1.02, 1.0, 0.98, 0.95, 0.88, 0.96, 1.04, 1.05, 1.0, 0.9],
    serviceWeights: { seo: 5, ppc: 3, social: 3, email: 3, direct_mail: 1, website: 2, content: 2 },
    ownerTitle: 'Owner, DDS',
    managerTitle: 'Office Manager',
    keywords: ['dentist near me', 'emergency dentist', 'teeth whitening', 'dental implants cost', 'Invisalign'],
    jobWord: 'new patient',
  },
  {
    key: 'hvac',
    label: 'HVAC',
    nameTemplates: [
      '{Surname} Heating & Air',
      '{City} Comfort Systems',
      '{Word} Heating & Cooling',
      '{Word} Air Mechanical',
      '{Surname} Climate Control',
    ],
    words: ['Arctic', 'All-Season', 'Precision', 'Blue Flame', 'Cardinal', 'Ironwood', 'True North'],
    jobValueCents: 90_000,
    closeRate: 0.38,
    callShare: 0.8,
    leadVolume: 6,
    seasonality: [1.05, 0.95, 0.82, 0.85, 1.0, 1.2, 1.3, 1.25, 1.0, 0.85, 0.88, 1.05],
    serviceWeights: HOME_SERVICES,
    ownerTitle: 'Owner',
    managerTitle: 'Operations Manager',
    keywords: [
      'AC repair near me',
      'furnace replacement',
      'emergency HVAC service',
      'heat pump installation',
      'HVAC maintenance plan',
    ],
    jobWord: 'service call',
  },
  {
    key: 'plumbing',
    label: 'Plumbing',
    nameTemplates: [
      '{Surname} Plumbing',
      '{City} Plumbing & Drain',
      '{Word} Rooter',
      '{Word} Plumbing Co.',
      '{Surname} & Sons Plumbing',
    ],
    words: ['Rapid', 'Reliable', 'Clearwater', 'Copperline', 'Pipeline Pros', 'Blue Wrench'],
    jobValueCents: 48_000,
    closeRate: 0.45,
    callShare: 0.85,
    leadVolume: 7,
    seasonality: [1.18, 1.12, 1.0, 0.95, 0.92, 0.9, 0.9, 0.92, 0.95, 1.0, 1.05, 1.15],
    serviceWeights: HOME_SERVICES,
    ownerTitle: 'Owner',
    managerTitle: 'Dispatch Manager',
    keywords: [
      'plumber near me',
      'emergency plumber',
      'water heater replacement',
      'drain cleaning',
      'slab leak repair',
    ],
    jobWord: 'job',
  },
  {
    key: 'law',
    label: 'Law firm',
    nameTemplates: [
      '{Surname} & {Surname2} Law',
      '{Surname} Injury Lawyers',
      '{Surname} Family Law',
      '{City} Legal Group',
      '{Surname} Law Office',
    ],
    words: ['Justice', 'Cornerstone', 'Liberty', 'Keystone'],
    jobValueCents: 600_000,
    closeRate: 0.18,
    callShare: 0.55,
    leadVolume: 1.6,
    seasonality: [1.15, 1.05, 1.02, 1.0, 0.98, 0.95, 0.92, 0.95, 1.0, 1.02, 0.98, 0.9],
    serviceWeights: { seo: 5, ppc: 4, social: 1, email: 1, direct_mail: 1, website: 3, content: 4 },
    ownerTitle: 'Managing Partner',
    managerTitle: 'Firm Administrator',
    keywords: ['car accident lawyer', 'divorce attorney near me', 'personal injury attorney', 'estate planning lawyer'],
    jobWord: 'signed case',
  },
  {
    key: 'medspa',
    label: 'Med spa',
    nameTemplates: ['{Word} Aesthetics', '{City} Med Spa', '{Word} Medspa & Wellness', '{Word} Skin Studio'],
    words: ['Glow', 'Radiance', 'Luxe', 'Serenity', 'Velvet', 'Bloom', 'Pure'],
    jobValueCents: 55_000,
    closeRate: 0.35,
    callShare: 0.45,
    leadVolume: 6,
    seasonality: [0.95, 1.05, 1.15, 1.15, 1.1, 1.0, 0.9, 0.88, 0.95, 1.0, 1.02, 0.95],
    serviceWeights: { seo: 3, ppc: 4, social: 5, email: 4, direct_mail: 1, website: 2, content: 2 },
    ownerTitle: 'Owner, NP',
    managerTitle: 'Spa Director',
    keywords: ['Botox near me', 'laser hair removal', 'lip filler', 'CoolSculpting', 'HydraFacial'],
    jobWord: 'new client',
  },
  {
    key: 'roofing',
    label: 'Roofing',
    nameTemplates: [
      '{Surname} Roofing',
      '{Word} Roofing & Exteriors',
      '{City} Roofing Co.',
      '{Surname} Roofing & Restoration',
    ],
    words: ['Summit', 'Peak', 'Ridgetop', 'Storm Guard', 'Heritage', 'Eagle'],
    jobValueCents: 950_000,
    closeRate: 0.22,
    callShare: 0.65,
    leadVolume: 2.2,
    seasonality: [0.7, 0.75, 0.95, 1.2, 1.3, 1.25, 1.2, 1.15, 1.05, 0.95, 0.85, 0.65],
    serviceWeights: HOME_SERVICES,
    ownerTitle: 'President',
    managerTitle: 'Sales Manager',
    keywords: ['roof replacement cost', 'roofer near me', 'hail damage roof repair', 'metal roofing contractor'],
    jobWord: 'roof job',
  },
  {
    key: 'chiro',
    label: 'Chiropractic',
    nameTemplates: [
      '{City} Chiropractic',
      '{Word} Spine & Wellness',
      '{Surname} Chiropractic Center',
      '{Word} Chiropractic',
    ],
    words: ['Align', 'Balance', 'Thrive', 'Back in Motion', 'Core', 'Elevate'],
    jobValueCents: 35_000,
    closeRate: 0.5,
    callShare: 0.6,
    leadVolume: 6,
    seasonality: [1.2, 1.1, 1.05, 1.0, 0.95, 0.9, 0.88, 0.92, 1.0, 1.02, 1.0, 0.98],
    serviceWeights: { seo: 5, ppc: 3, social: 3, email: 3, direct_mail: 2, website: 2, content: 1 },
    ownerTitle: 'Owner, DC',
    managerTitle: 'Practice Manager',
    keywords: ['chiropractor near me', 'back pain relief', 'sports chiropractor', 'sciatica treatment'],
    jobWord: 'new patient',
  },
  {
    key: 'landscaping',
    label: 'Landscaping',
    nameTemplates: [
      '{Surname} Landscaping',
      '{Word} Lawn & Landscape',
      '{City} Outdoor Living',
      '{Word} Landscape Design',
    ],
    words: ['GreenScape', 'Evergreen', 'Oak & Stone', 'Fieldstone', 'Cedar Ridge', 'Prairie'],
    jobValueCents: 120_000,
    closeRate: 0.3,
    callShare: 0.6,
    leadVolume: 4,
    seasonality: [0.55, 0.7, 1.2, 1.5, 1.45, 1.3, 1.1, 1.0, 1.0, 0.9, 0.7, 0.55],
    serviceWeights: HOME_SERVICES,
    ownerTitle: 'Owner',
    managerTitle: 'Office Manager',
    keywords: ['landscaping company near me', 'paver patio installation', 'lawn care service', 'landscape design'],
    jobWord: 'project',
  },
  {
    key: 'auto',
    label: 'Auto repair',
    nameTemplates: ["{Surname}'s Auto Repair", '{Word} Auto Care', '{City} Auto & Tire', '{Word} Automotive'],
    words: ['Precision', 'Honest', 'Main Street', 'Pit Stop', 'Torque', 'Tri-County'],
    jobValueCents: 48_000,
    closeRate: 0.5,
    callShare: 0.75,
    leadVolume: 6,
    seasonality: [1.1, 1.02, 1.0, 0.98, 0.98, 1.0, 1.02, 1.0, 0.95, 0.98, 1.0, 1.0],
    serviceWeights: { seo: 5, ppc: 3, social: 2, email: 3, direct_mail: 3, website: 1, content: 1 },
    ownerTitle: 'Owner',
    managerTitle: 'Service Manager',
    keywords: ['auto repair near me', 'brake repair', 'check engine light', 'transmission repair'],
    jobWord: 'repair order',
  },
  {
    key: 'vet',
    label: 'Veterinary clinic',
    nameTemplates: [
      '{City} Animal Hospital',
      '{Word} Veterinary Clinic',
      '{Word} Pet Hospital',
      '{Surname} Veterinary Care',
    ],
    words: ['Paws & Claws', 'Companion', 'Healthy Paws', 'Riverbend', 'Pinecrest', 'Good Shepherd'],
    jobValueCents: 30_000,
    closeRate: 0.55,
    callShare: 0.7,
    leadVolume: 6,
    seasonality: [0.92, 0.92, 1.0, 1.05, 1.1, 1.1, 1.08, 1.05, 1.0, 0.95, 0.92, 0.9],
    serviceWeights: { seo: 5, ppc: 2, social: 4, email: 4, direct_mail: 1, website: 2, content: 1 },
    ownerTitle: 'Medical Director, DVM',
    managerTitle: 'Practice Manager',
    keywords: ['vet near me', 'emergency vet', 'dog vaccinations', 'cat dental cleaning'],
    jobWord: 'new client',
  },
  {
    key: 'electrical',
    label: 'Electrical contractor',
    nameTemplates: ['{Surname} Electric', '{Word} Electrical Services', '{City} Electric Co.'],
    words: ['Bright Spark', 'Volt', 'Live Wire', 'Current', 'Lightning'],
    jobValueCents: 70_000,
    closeRate: 0.4,
    callShare: 0.75,
    leadVolume: 5,
    seasonality: [0.95, 0.92, 0.98, 1.0, 1.05, 1.1, 1.12, 1.08, 1.0, 0.95, 0.92, 0.95],
    serviceWeights: HOME_SERVICES,
    ownerTitle: 'Owner, Master Electrician',
    managerTitle: 'Office Manager',
    keywords: ['electrician near me', 'panel upgrade', 'EV charger installation', 'generator installation'],
    jobWord: 'job',
  },
  {
    key: 'pest',
    label: 'Pest control',
    nameTemplates: ['{Surname} Pest Control', '{Word} Pest Solutions', '{City} Exterminators'],
    words: ['Bug Busters', 'Shield', 'Guardian', 'Frontline', 'Safe Home'],
    jobValueCents: 32_000,
    closeRate: 0.5,
    callShare: 0.75,
    leadVolume: 6,
    seasonality: [0.7, 0.75, 0.95, 1.2, 1.35, 1.35, 1.3, 1.2, 1.0, 0.9, 0.7, 0.6],
    serviceWeights: HOME_SERVICES,
    ownerTitle: 'Owner',
    managerTitle: 'Office Manager',
    keywords: ['pest control near me', 'termite inspection', 'mosquito treatment', 'rodent removal'],
    jobWord: 'service plan',
  },
];

export function industryByKey(key: string): IndustryProfile {
  const found = INDUSTRIES.find((i) => i.key === key);
  if (!found) throw new Error(`No demo industry "${key}"`);
  return found;
}
