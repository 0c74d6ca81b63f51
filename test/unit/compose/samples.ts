// Sample interviews the compose tests and golden files run on: names from several languages,
// one to five interviewers, e-mail and phone people, missing addresses, with and without a
// timeframe, and a decision that went the other way.
import type { Candidate, Interview, Interviewer } from '../../../src/model/types.js';

const jordan: Candidate = {
  name: 'Jordan Lee',
  email: 'jordan@example.com',
  phone: '+1 555 0100',
  resume: '/home/jordan/Documents/Jordan-Lee-Resume.pdf',
  link: 'linkedin.com/in/jordanlee',
};

function interview(fields: Omit<Interview, 'sent' | 'status' | 'format'> & Partial<Interview>): Interview {
  return { format: 'onsite', status: 'waiting', sent: [], ...fields };
}

/** The README's example interview file: one e-mail person, one phone person, a recruiter. */
export const acme = interview({
  id: 'acme-robotics-senior-backend-engineer',
  candidate: jordan,
  company: 'Acme Robotics',
  role: 'Senior Backend Engineer',
  date: '2026-11-24',
  recruiter: { name: 'Dana Kim', email: 'dana.kim@acme.example' },
  timeframe: { text: 'by the end of next week', date: '2026-12-04' },
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
});

/** One interviewer with three topics and a personal detail; no recruiter, no resume on file. */
export const jose = interview({
  id: 'solara-energia-data-analyst',
  candidate: {
    name: 'Zoë Martin',
    email: 'zoe.martin@example.org',
    phone: '(415) 555-0188',
    signature: 'Data analyst\nportfolio: zoemartin.example.org',
  },
  company: 'Solara Energía',
  role: 'Data Analyst',
  date: '2026-12-31',
  format: 'video',
  timeframe: { text: 'in two weeks', date: '2027-01-14' },
  interviewers: [
    {
      name: 'José Álvarez',
      title: 'Head of Analytics',
      email: 'jose.alvarez@solara.example',
      medium: 'email',
      topics: ['forecasting solar output from weather data', 'the dashboard rebuild', 'how analysts pair with field crews'],
      detail: 'we both grew up near the coast in Valencia',
    },
  ],
});

/** Names in Chinese and Vietnamese; one address missing and no recruiter, so an interviewer is asked. */
export const lotus = interview({
  id: 'lotus-analytics-platform-engineer',
  candidate: { name: 'Mei Chen', email: 'mei.chen@example.com', phone: '+44 20 7946 0321' },
  company: 'Lotus Analytics',
  role: 'Platform Engineer',
  date: '2027-01-04',
  format: 'video',
  timeframe: { text: 'Friday', date: '2027-01-08' },
  interviewers: [
    {
      name: '王伟',
      title: 'Director of Infrastructure',
      email: 'wang.wei@lotus.example',
      medium: 'email',
      topics: ['the migration from virtual machines to Kubernetes'],
      detail: 'you started your career as a network engineer, like me',
    },
    {
      name: 'Nguyễn Thị Lan',
      title: 'Senior SRE',
      medium: 'email',
      topics: ['error budgets for the billing service', 'the incident review format'],
    },
  ],
});

const northwindPeople: Interviewer[] = [
  {
    name: 'Amara Okafor',
    title: 'VP of Engineering',
    email: 'amara.okafor@northwind.example',
    medium: 'email',
    topics: ['how the product roadmap is set each quarter'],
  },
  {
    name: 'Lars Eriksson',
    title: 'Principal Engineer',
    medium: 'email',
    topics: ['HL7 message parsing', 'the audit log design'],
  },
  {
    name: 'Chloé Dubois',
    title: 'Product Designer',
    email: 'chloe.dubois@northwind.example',
    medium: 'email',
    topics: ['accessibility reviews', 'designing for nurses on night shifts', 'the patient intake form'],
    detail: 'you learned to code through a night class, as I did',
  },
  {
    name: 'Kenji Watanabe',
    title: 'Engineering Manager',
    phone: '+81 3 1234 5678',
    medium: 'phone',
    topics: ['mentoring new engineers'],
  },
  {
    name: 'Fatima Zahra Benali',
    title: 'Staff Engineer',
    email: 'fatima.benali@northwind.example',
    phone: '+33 1 23 45 67 89',
    medium: 'phone',
    topics: ['the move from nightly batches to event streams', 'pager load on the integrations service'],
  },
];

/** Five interviewers: three e-mail people (one without an address), two phone people (one also has an e-mail). */
export const northwind = interview({
  id: 'northwind-health-full-stack-developer',
  candidate: {
    name: 'Sam Rivera',
    email: 'sam.rivera@example.net',
    phone: '+1 312 555 0147',
    resume: 'C:\\Users\\sam\\Resume - Sam Rivera.pdf',
  },
  company: 'Northwind Health',
  role: 'Full Stack Developer',
  date: '2026-12-04',
  recruiter: { name: 'Grace Park', email: 'grace.park@northwind.example' },
  timeframe: { text: 'within 10 business days', date: '2026-12-18' },
  interviewers: northwindPeople,
});

/** No timeframe, and a thank-you already sent to Ines (its text is what the follow-up quotes). */
export const harbor = interview({
  id: 'harbor-freight-labs-qa-lead',
  candidate: { name: 'Alex Morgan', email: 'alex.morgan@example.com', phone: '+1 646 555 0199' },
  company: 'Harbor Freight Labs',
  role: 'QA Lead',
  date: '2026-11-20',
  timeframe: null,
  interviewers: [
    {
      name: 'Ines Carvalho',
      title: 'Director of Quality',
      email: 'ines.carvalho@harbor.example',
      medium: 'email',
      topics: ['flaky end-to-end tests', 'release sign-off'],
    },
    {
      name: 'Tom Becker',
      title: 'Release Manager',
      phone: '+1 646 555 0123',
      medium: 'phone',
      topics: ['the monthly release train'],
    },
  ],
  sent: [
    {
      kind: 'thank-you',
      to: 'Ines Carvalho',
      at: '2026-11-20T21:14:00.000Z',
      method: 'clipboard',
      subject: 'Thank you: QA Lead interview',
      body: 'Dear Ines Carvalho,\n\nThank you for meeting with me today about the QA Lead role.\n\nBest regards,\nAlex Morgan',
    },
    { kind: 'thank-you', to: 'Tom Becker', at: '2026-11-20T21:20:00.000Z', method: 'clipboard' },
  ],
});

/** Told they are not the final choice. */
export const finch = interview({
  id: 'finch-bank-security-engineer',
  candidate: jordan,
  company: 'Finch Bank',
  role: 'Security Engineer',
  date: '2026-10-12',
  status: 'not-selected',
  timeframe: { text: 'a few days', date: '2026-10-15' },
  interviewers: [
    {
      name: 'Olga Ivanova',
      title: 'CISO',
      email: 'olga.ivanova@finch.example',
      medium: 'email',
      topics: ['threat modeling the mobile app'],
    },
    {
      name: 'Ravi Menon',
      title: 'Security Architect',
      phone: '+1 555 0177',
      medium: 'phone',
      topics: ['secrets rotation', 'the bug bounty program'],
    },
  ],
});

export const SAMPLES: Readonly<Record<string, Interview>> = { acme, jose, lotus, northwind, harbor, finch };
