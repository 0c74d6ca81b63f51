import { describe, expect, it } from 'vitest';
import { defaultGreeting, greetingOf } from '../../../src/model/greeting.js';

describe('the greeting name', () => {
  it.each([
    ['Priya Raghunathan', 'Priya'],
    ['María José Fernández', 'María José'],
    ['Fatima Zahra Benali', 'Fatima Zahra'],
    ['Joost van der Berg', 'Joost'],
    ['Marisol de la Cruz', 'Marisol'],
    ['Sunarti', 'Sunarti'],
    ['Dr. Amara Okonkwo', 'Dr. Okonkwo'],
    ['dr Amara Okonkwo', 'Dr. Okonkwo'],
    ['Prof. Joost van der Berg', 'Prof. van der Berg'],
    ['Mrs. Patricia Whitlock', 'Mrs. Whitlock'],
    ['Nguyễn Thị Lan', 'Lan'],
    ['王伟', '王伟'],
    ['김민준', '김민준'],
    ['  Kevin   Thibodeaux ', 'Kevin'],
  ])('%s -> %s', (name, greeting) => {
    expect(defaultGreeting(name)).toBe(greeting);
  });

  it('with titles, uses the title the name carries, else the whole name (Ms. or Mr. is the candidate to choose)', () => {
    expect(defaultGreeting('Dr. Amara Okonkwo', 'titles')).toBe('Dr. Okonkwo');
    expect(defaultGreeting('Rajesh Iyer', 'titles')).toBe('Rajesh Iyer');
    expect(defaultGreeting('王伟', 'titles')).toBe('王伟');
  });

  it('prefers the greeting the candidate gave', () => {
    expect(greetingOf({ name: 'Rajesh Iyer', greeting: ' Mr. Iyer ' }, 'titles')).toBe('Mr. Iyer');
    expect(greetingOf({ name: 'Rajesh Iyer', greeting: '' })).toBe('Rajesh');
  });
});
