// A long job title, said in full once. "I have heard that I will not be moving forward for the
// Senior Principal Staff Clinical Informatics Pharmacist Lead role ... If another opening like
// the Senior Principal Staff Clinical Informatics Pharmacist Lead role comes up" reads as a form
// filled in twice; a coach names the role once, where it identifies the job, and then says "the
// role". A short title ("Data Analyst") reads fine each time and is left alone, as is the
// earlier note a follow-up quotes: it went out as it was.

/** Titles of this many words or more are named once ("Registered Nurse, Cardiac Step-Down Unit"). */
const LONG_TITLE_WORDS = 5;

export function isLongTitle(role: string): boolean {
  return role.trim().split(/\s+/).length >= LONG_TITLE_WORDS;
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Each later mention, as a sentence says it once the role has its name: the longest phrasing first. */
function laterMentions(role: string): ReadonlyArray<readonly [RegExp, string]> {
  const name = escaped(role);
  const end = '(?![\\p{L}\\p{N}])';
  return [
    [new RegExp(`\\blike the ${name} role\\b`, 'gu'), 'like that one'],
    [new RegExp(`\\b([Tt])he ${name} (role|position|interview)\\b`, 'gu'), '$1he $2'],
    [new RegExp(`\\bas ${name}${end}`, 'gu'), 'in the role'],
    [new RegExp(`\\b([Tt])he ${name}${end}`, 'gu'), '$1he role'],
  ];
}

/** Whether a line is the quoted earlier note or its "On ..., Name wrote:" line. */
const quoted = (line: string) => line.startsWith('>') || / wrote:$/.test(line);

/** `body` with every mention of a long `role` after its first in full shortened to "the role". */
export function roleNamedOnce(body: string, role: string): string {
  const title = role.trim();
  if (!isLongTitle(title)) return body;
  const mentions = laterMentions(title);
  const shortened = (text: string) => mentions.reduce((out, [pattern, short]) => out.replace(pattern, short), text);
  let named = false;
  return body
    .split('\n')
    .map((line) => {
      if (quoted(line)) return line;
      if (named) return shortened(line);
      const at = line.indexOf(title);
      if (at === -1) return line;
      named = true;
      return line.slice(0, at + title.length) + shortened(line.slice(at + title.length));
    })
    .join('\n');
}
