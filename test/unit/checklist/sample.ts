// The checklist's unit tests' interviews and a good note. ACME is the one sample interview every
// test shares (test/helpers/sample-interview.ts), shaped like the README's example file.
import type { Interview } from '../../../src/model/types.js';
import { sampleInterview } from '../../helpers/sample-interview.js';

export const ACME: Interview = sampleInterview();

export const GLOBEX: Interview = {
  ...ACME,
  id: 'globex-platform-engineer',
  company: 'Globex',
  role: 'Platform Engineer',
  interviewers: [{ name: 'Hank Scorpio', title: 'CEO', email: 'hank@globex.example', medium: 'email', topics: ['hammocks'] }],
};

export const GOOD_THANK_YOU = `Subject: Thank you: Senior Backend Engineer interview

Hi Priya,

Thank you for taking the time to meet with me yesterday. I enjoyed our conversation about moving telemetry ingestion to Kafka, and hearing how your team thinks about on-call made the role feel concrete.

The way you described the next year of the platform matched what I hope to work on, and I left even more excited about joining Acme Robotics as a Senior Backend Engineer.

Please let me know if there is anything else I can share.

Best regards,
Jordan Lee
+1 555 0100`;
