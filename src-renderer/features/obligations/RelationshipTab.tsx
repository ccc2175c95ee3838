import type { AccountDetail } from '../../store/types';
import { CaseStudiesSection } from './CaseStudiesSection';
import { ProcessesSection } from './ProcessesSection';
import { ReferralsSection } from './ReferralsSection';
import './obligations.css';

/** The relationship obligations of one client (DESIGN §2 "Relationship"): referrals, its case study, processes. */
export function RelationshipTab({ detail, today }: { detail: AccountDetail; today: string }) {
  return (
    <div className="relationship">
      <ReferralsSection detail={detail} today={today} />
      <CaseStudiesSection detail={detail} today={today} />
      <ProcessesSection detail={detail} today={today} />
    </div>
  );
}
