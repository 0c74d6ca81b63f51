// Short and familiar forms of given names that are not spelled inside the full name, so no
// prefix or substring test finds them: "Bill" for William, "Peggy" for Margaret, "Sasha" for
// Aleksandr, "Paco" for Francisco. Forms that are a piece of the full name ("Alex", "Liz",
// "Seun") need no line here: name-match.ts takes those by their letters.
//
// Written from common usage in English, Spanish, Portuguese, Italian, German, Dutch, Polish,
// Russian, Ukrainian, Greek, Irish and Arabic names. One line is one name (its spellings) and its
// familiar forms, never two names that merely share a root: "Helen" and "Ellen" are two people.
// A table rather than a dependency: the well-kept data sets cover English names only, and two
// hundred lines cost nothing until a greeting first needs them.
import { bare } from './text.js';

/** One name per line: its spellings, a bar, then its familiar forms. */
const GROUPS = `
abigail | abby abbie gail
albert | al bert bertie
alfred | alf alfie fred
alexander | alex sandy sasha xander
alexandra | alex sandra sandy lexi sasha
aleksandr alexandr oleksandr | sasha sanya shura
aleksandra | sasha
aleksander | olek
amanda | mandy
andrew | drew andy
andrei andrey | andryusha
ann anne anna | annie nan anya
anastasia | nastya
anthony | tony
antonio | toño tono toni
antônio antonio | tonho toninho
arthur | art artie
athanasios | thanos thanasis
bartholomew | bart
benjamin | ben benny benji
caroline carolyn | carrie caro
catherine katherine kathryn katharine katarzyna ekaterina yekaterina katerina aikaterini caterina | kate katie kathy cathy kat kay kitty kasia katya katia
cecilia | cissy
charles | chuck chas chaz charlie chip
christopher | chris kit topher
christina christine kristina kristine | tina chrissy kris kirsty
clifford | cliff
concepción concepcion | concha conchita
consuelo | chelo
cornelis | kees
cynthia | cindy
daniel | dan danny
david | dave davy
deborah debra | debbie deb
dimitrios | dimitris mitsos
dmitry dmitri | dima mitya
dolores | lola
domenico | mimmo
donald | don donnie
dorothy | dot dottie dolly
edmund | ed ned
eduardo | lalo
edward | ed eddie ned ted teddy
eleanor elinor | ellie nora nell nellie
elizabeth elisabeth | liz lizzie beth betty bess bessie betsy libby eliza elsie liesl
elżbieta elzbieta | ela
enrique | quique
ernest | ernie
eugene | gene
evelyn | evie
evgeny yevgeny evgeni | zhenya
ezekiel | zeke
fernando | nando
florence | flo flossie
frances | fanny fran frankie
francis | frank frankie fran
francisco | paco pancho curro cisco chico
francesco | franco cecco
frederick | fred freddie fritz
friedrich | fritz
georgios | giorgos yorgos
gerald gerard | gerry jerry
gerardus | gerard
gertrude | trudy gertie
giovanni | gianni
giuseppe | beppe peppe pino
gregory | greg
grigory | grisha
guadalupe | lupe lupita
guillermo | memo
harold | hal harry
harriet | hattie
heinrich | heinz
helen | nell nellie
hendrik | henk
henry | harry hank hal
howard | howie
ignacio | nacho
ioannis | giannis yannis
isaac | ike
isabel isabella isabelle | bella isa chabela
ivan | vanya
jacob | jake
jacobus | jaap koos
jakub | kuba
james | jim jimmy jamie jem
jeffrey geoffrey | jeff geoff
jennifer | jen jenny jenn
jeremy jeremiah | jerry
jesús jesus | chucho chuy
joanna | asia
johannes johann | hans jan joop
john | jack johnny jon
jonathan | jon jonny nate
josé jose | pepe pepito chepe zé
joseph | joe joey jo
josephine | jo josie
josef józef | sepp józek
judith | judy jude
kenneth | ken kenny
konstantin | kostya
konstantinos | kostas dinos
krzysztof | krzyś
lawrence laurence | larry laurie
leonard | leo len lenny
lorenzo | enzo
lucinda | cindy lucy
lyudmila | lyuda mila
margaret margarete małgorzata malgorzata | peggy peg maggie meg marge margie madge greta gretchen daisy mags gosia
maria mary marie | masha molly polly mae mamie
martha | marty mattie patty
matilda | tilly tillie
matthew | matt matty
mercedes | merche
michael | mike mickey mick
mikhail | misha
mohammed muhammad mohammad mohamed mohamad muhammed | mohd mo
nathaniel nathan | nate nat
natalia natalya | natasha
nicholas | nick nicky nico
nikolai nikolay | kolya
nikolaos | nikos
oliver | ollie olly
olga | olya
panagiotis | panos takis
patricia | pat patty patsy trish tricia
patrick pádraig padraig | pat paddy
pavel | pasha
penelope | penny
petrus | piet
philip | phil pip
piotr | piotrek
pyotr | petya
raymond | ray
rebecca | becky becca
richard | dick rick ricky rich richie
robert | bob bobby rob robbie bert
roberto | beto
ronald | ron ronnie
rosalind | roz
rosario | charo chayo
salvatore | totò toto turi
samuel | sam sammy
santiago | santi
sarah sara | sally sadie
sebastián sebastian | sebas seb
sergei sergey | seryozha
stanisław stanislaw | staś stas stan
stephen steven | steve stevie
susan suzanne susanna susannah | sue susie suzy
svetlana | sveta
tatiana tatyana | tanya
teresa theresa | tess tessa terry
theodore | ted teddy theo
thomas | tom tommy
timothy | tim timmy
tomasz | tomek
valentina | valya
vasileios | vasilis
victoria | vicky tori
vincent | vince vinny
vincenzo | enzo
virginia | ginny ginger
vladimir volodymyr | volodya vova
walter | walt wally
william | bill billy will willie liam
willem | wim
winifred | winnie
wojciech | wojtek
yelena | elena lena
yulia yuliya | yulya
zachary | zach zack
`;

interface Forms {
  /** The lines the name is a full name on. */
  readonly full: number[];
  /** The lines it is a familiar form on. */
  readonly familiar: number[];
}

let forms: Map<string, Forms> | undefined;

/** Each name, without accents, with the lines it is on. */
function formsByName(): Map<string, Forms> {
  if (forms) return forms;
  forms = new Map();
  for (const [index, line] of GROUPS.trim().split('\n').entries()) {
    const [full = '', familiar = ''] = line.split(' | ');
    for (const [names, side] of [
      [full, 'full'],
      [familiar, 'familiar'],
    ] as const) {
      for (const name of names.split(' ')) {
        if (name === '') continue;
        const key = bare(name);
        const entry = forms.get(key) ?? { full: [], familiar: [] };
        entry[side].push(index);
        forms.set(key, entry);
      }
    }
  }
  return forms;
}

/**
 * True when one of `written` and `given` is a familiar form of the other: "Bill" and "William",
 * "Paco" and "Francisco". Two spellings of the full name are not ("Catherine" is a misspelling
 * of Katherine), nor are two familiar forms.
 */
export function isNicknameOf(written: string, given: string): boolean {
  const table = formsByName();
  const a = table.get(bare(written));
  const b = table.get(bare(given));
  if (!a || !b) return false;
  return a.familiar.some((line) => b.full.includes(line)) || a.full.some((line) => b.familiar.includes(line));
}
