// A complete, valid Interview for tests that need one but are not about the file format.
import type { Interview } from '../../src/model/types.js';

export function sampleInterview(overrides: Partial<Interview> = {}): Interview {
  return {
    id: 'acme-robotics-senior-backend-engineer',
    candidate: { name: 'Jordan Lee', email: 'jordan@example.com', phone: '+1 555 0100' },
    company: 'Acme Robotics',
    role: 'Senior Backend Engineer',
    date: '2026-11-24',
    format: 'onsite',
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
    recruiter: { name: 'Dana Kim', email: 'dana.kim@acme.example' },
    timeframe: { text: 'by the end of next week', date: '2026-12-04' },
    status: 'waiting',
    sent: [],
    ...overrides,
  };
}
