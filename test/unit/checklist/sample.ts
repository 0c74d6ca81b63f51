// An interview for the checklist's unit tests, shaped like the README's example interview file.
import type { Interview } from '../../../src/model/types.js';

export const ACME: Interview = {
  id: 'acme-robotics-senior-backend-engineer',
  candidate: { name: 'Jordan Lee', email: 'jordan@example.com', phone: '+1 555 0100' },
  company: 'Acme Robotics',
  role: 'Senior Backend Engineer',
  date: '2026-11-24',
  format: 'onsite',
  timeframe: { text: 'by the end of next week', date: '2026-12-04' },
  status: 'waiting',
  recruiter: { name: 'Dana Kim', email: 'dana.kim@acme.example' },
  interviewers: [
    {
      name: 'Priya Raghunathan',
      title: 'Engineering Manager',
      email: 'priya@acme.example',
      medium: 'email',
      topics: ['moving telemetry ingestion to Kafka', 'how on-call works'],
    },
    {
      name: 'Sam Ortiz',
      title: 'Staff Engineer',
      phone: '+1 555 0101',
      medium: 'phone',
      topics: ["the robot fleet's OTA update pipeline"],
    },
  ],
  sent: [],
};

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
