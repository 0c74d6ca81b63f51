import { describe, expect, it } from 'vitest';
import { isSlug, savedSlugFor, slugFor } from '../../../src/model/slug.js';

describe('slugFor', () => {
  it.each([
    ['Acme Robotics', 'Senior Backend Engineer', 'acme-robotics-senior-backend-engineer'],
    ['Café Ñandú S.A.', 'Jefe de Producción', 'cafe-nandu-s-a-jefe-de-produccion'],
    ['Straße & Söhne GmbH', 'Data Engineer (m/w/d)', 'strasse-sohne-gmbh-data-engineer-m-w-d'],
    ['Đông Á Bank', 'Kỹ sư phần mềm', 'dong-a-bank-ky-su-phan-mem'],
    ['Ørsted', 'Site Reliability Engineer', 'orsted-site-reliability-engineer'],
    ['字节跳动', '后端工程师', '字节跳动-后端工程师'],
    ['ソニー', 'デザイナー', 'ソニー-デザイナー'],
    ['ＡＣＭＥ', 'Ｅｎｇｉｎｅｅｒ', 'acme-engineer'],
    ['🚀🚀', '★', 'interview'],
    ["St. Brigid's Medical Center", 'Charge Nurse', 'st-brigids-medical-center-charge-nurse'],
    ['O’Donoghue & Sons', "Chef d'équipe", 'odonoghue-sons-chef-dequipe'],
    ["'Quoted' Ltd", 'Engineer', 'quoted-ltd-engineer'],
  ])('%s / %s -> %s', (company, role, expected) => {
    expect(slugFor(company, role, [])).toBe(expected);
  });

  it('keeps slugs typeable and short, cutting at a word', () => {
    const slug = slugFor('The Extremely Long Named International Holding Company', 'Principal Distributed Systems Engineer', []);
    expect(slug).toBe('the-extremely-long-named-international-holding-company-principal');
    expect(slug.length).toBeLessThanOrEqual(64);
  });

  it('de-duplicates with -2, -3', () => {
    const base = 'acme-robotics-senior-backend-engineer';
    expect(slugFor('Acme Robotics', 'Senior Backend Engineer', [base])).toBe(`${base}-2`);
    expect(slugFor('Acme Robotics', 'Senior Backend Engineer', [base, `${base}-2`])).toBe(`${base}-3`);
    expect(slugFor('Acme Robotics', 'Senior Backend Engineer', [`${base}-2`])).toBe(base);
  });
});

describe('savedSlugFor', () => {
  const older = 'st-brigid-s-medical-center-charge-nurse';
  it('keeps the id an older version saved, when only that one is saved', () => {
    expect(savedSlugFor("St. Brigid's Medical Center", 'Charge Nurse', [older])).toBe(older);
    expect(savedSlugFor("St. Brigid's Medical Center", 'Charge Nurse', [])).toBe('st-brigids-medical-center-charge-nurse');
    expect(savedSlugFor("St. Brigid's Medical Center", 'Charge Nurse', [older, 'st-brigids-medical-center-charge-nurse'])).toBe(
      'st-brigids-medical-center-charge-nurse',
    );
  });
});

describe('isSlug', () => {
  it('accepts what slugFor makes and refuses the rest', () => {
    expect(isSlug('acme-robotics-senior-backend-engineer-2')).toBe(true);
    expect(isSlug('字节跳动-后端工程师')).toBe(true);
    expect(isSlug('Acme Robotics')).toBe(false);
    expect(isSlug('-acme')).toBe(false);
    expect(isSlug('acme--robotics')).toBe(false);
    expect(isSlug('')).toBe(false);
  });
});
