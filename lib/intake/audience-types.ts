// Who came: the audience types a meeting's text names. Each type is a table
// row of words in the three languages; a sector's own staff («коллектив
// больницы», «мектеп ұжымы») is that sector, not a labour collective.
import type { Span } from "./types";
import type { AudienceType } from "../domain/enums";

const AUDIENCES: Array<[AudienceType, RegExp]> = [
  [
    "labour_collective",
    // Medical or education workers and civil servants are audiences of their own («ЖШС-ның жас мамандарымен»,
    // «молодые специалисты предприятия»: a company's young specialists are its workforce too).
    // (Thanks «ұжым атынан», "on behalf of the staff", name no audience; "retired steelworkers",
    // "steelworkers' veterans" are veterans.)
    /(трудов\p{L}* коллектив|коллектив\p{L}* предприяти|(?<!от имени )коллектив|еңбек ұжым|ұжым(?!ы? атынан)|ujym|labou?r collective|workforce|(?<!(?:медицина|med[ıi]s[ıi]na|медицинск\p{L}*|мемлекеттік|органдар\p{L}*|госорганов|полиция|білім|образования|health ?care|medical|education)\s)(?<!(?:retired|former)\s[\p{L}-]*)(?<!мед)(?:employees|workers|работник|сотрудник|тружени|жұмысшы|қызметкер|jumysshy|qyzmetker)(?!['’]\s+veterans)(?!\p{L}*\s+(?:государственн|госорган|акимат|полици|образовани|здравоохранени))|горняк|шахт[её]р|металлург|нефтяник|энергетик|железнодорожник|портовик|рабочи[мхе]|кенші|мұнайшы|теміржолшы|temirjolsh[yı]|kensh[iı]|mu[nń]a[ıi]sh[yı]|miners|metallurgists|oil workers|railway workers|engineers|fishermen|рыбак|балықшы|machine operators|crane operators|agronomists|livestock (?:breeders|specialists)|(?:grain|rice|cotton|wheat|vegetable|melon|beet) growers|(?:мақта|күріш|астық|көкөніс|бақша)\s+өсірушілер|dockers|(?<!жас )диқан|егінші|(?<![\p{L}])шаруа(?:лар\p{L}*|ға|мен)?(?![\p{L}])(?!\s+қожалы)|(?<!(?:[Сс]оюз\p{L}*|молод\p{L}*) )фермер(?!ск)(?!\p{L}* и (?:\p{L}+ )?предпринимател)|(?<!(?:[Uu]nion of|[Yy]oung) )farmers(?! and (?:\p{L}+ )?entrepreneurs)|(?:компания|зауыт|кәсіпор|комбинат|ЖШС|АҚ)\p{L}*(?:-\p{L}+)?\s+жас\s+маман|молод\p{L}+ специалист\p{L}* (?:предприяти|компани|завод|комбинат|ТОО|АО)|механизатор|агроном|животновод|рисовод|хлопкороб|хлопковод|хлебороб|овощевод|бахчевод|свекловод|полевод|чабан|шопан|шаруалар|shepherds|herders|еңбеккер)/iu,
  ],
  [
    "youth",
    // («права молодёжи», «по делам молодёжи»: what was talked about, or a body's name;
    // «Жастар орталығында», «в молодёжном центре», «микрорайон Молодёжный»: where they met;
    // "first-time voters", «впервые голосующие», «алғаш дауыс беретін жастар» are young; "children's and youth
    // sports school" is a school's name, its ("youth sports") coaches no youth.)
    /((?<!(?:прав[ао]?|делам|политики|микрорайон\p{L}*|мкр\.?|улиц\p{L}*|ул\.|проспект\p{L}*|пос[её]л\p{L}*)\s)молод[её]ж(?!н\p{L}* (?:ресурсн\p{L}* )?(?:центр|дворц|театр))|молод\p{L}+ (?:люд|специалист|фермер|предпринимател|сем[ьеи]|волонт[её]р|избирател|уч[её]н|педагог|учител|преподавател|врач|медик)|жастар(?!\s(?:ресурстық\s)?(?:орталы|сарай|театр|үй|ісі|істері|саясат|қанат))|жас (?:маман|фермер|кәсіпкер|отбасы|ерікті|сайлаушы|қатысты|жиналды|қосылды)|(?<=\d-?\p{L}{0,3}\s+(?:астам|аса|жуық|тарта)\s+)жас(?![\p{L}])|jas (?:maman|fermer|kásipker|otbasy|erikti|saılaýshy|qatysty|jınaldy|qosyldy)|jastar(?!\s(?:resýrstyq\s)?(?:ortaly|saraı|teatr))|юнош\p{L}* и девуш|first[- ]time voters|впервые голосующ\p{L}*|алғаш (?:рет )?дауыс бер\p{L}*|жігіттер мен бойжеткен|youth(?! (?:centre|center|wing|policy|affairs|resource|rights|sports? (?:school|coach)))|young (?:people|athletes|farmers|specialists|entrepreneurs|families|workers|volunteers|voters|men and women))/iu,
  ],
  // ("the Palace of Schoolchildren" is where they met, not who came.)
  [
    "students",
    /(студент|stýdent|students|учащ|(?<!(?:Дом\p{L}*|Дворец|Дворц\p{L}*|родител\p{L}*)\s)школьник|старшеклассник|оқушы|oqýshy|(?<!(?:Palace|House|Centre|Center) of )school ?children|pupils)/iu,
  ],
  // Pensioners are counted with veterans (the councils of veterans speak for both).
  [
    "veterans",
    /(ветеран|ардагер|ardager|veteran|пенсионер|зейнеткер|zeınetker|zeinetker|pensioner|retiree|retired\s+[\p{L}-]+)/iu,
  ],
  [
    "residents",
    /(жител|актив\p{L}* (?:район|город|сел|микрорайон|аул)\p{L}*|председател\p{L}* (?:КСК|ОСИ)|сельчан|селян|аульчан|ауылдаст|villagers|тұрғын(?!\s+үй)|turǵyn|turğyn|tūrğyn|tūrǵyn|родител|ата-ана|parents|residents|mothers|многодетн\p{L}* матер|көп балалы ана|аналар|население|халық\p{L}*мен|семьями|their families|отбасылармен|the public(?! (?:discussion|hearing|debate|consultation|council|chamber|association|organi[sz]ation|figure|sector|service))|общественност|жұртшылық)/iu,
  ],
  // A sector names an audience only with its people: «вопросы образования» or
  // «медициналық көмек» are what was asked about, not who came.
  [
    "teachers",
    /(педагог|учител|воспитател|тәрбиеші|мұғалім|ұстаз|muǵalim|ustaz|teachers|(?:работник|сотрудник)\p{L}* (?:сферы |системы )?образовани|білім (?:беру )?саласы\p{L}* (?:қызметкер|маман)|education workers|(?:school )?(?:principals|headteachers)|директор(?:ами|ов|ам|а) (?:школ|гимназий|лицеев)(?![\p{L}])|мектеп директорлар\p{L}*)/iu,
  ],
  [
    "medical_workers",
    /((?:работник|сотрудник)\p{L}* (?:сферы |системы )?здравоохранени|медицин\p{L}* (?:работник|сотрудник|персонал|учрежден|организац|колледж|университет|центр|қызметкер|ұжым|мекеме|колледж|орталы)|медицина саласы\p{L}* қызметкер|медработник|медперсонал|медик|врач|(?<!мал\s)дәрігер|мейірбике|медбике|медсест|(?<!mal\s)d[áa]r[ıi]ger|me[ıi][ıi]rb[ıi]ke|med[ıi]s[ıi]na qyzmetker|medical (?:workers|staff|personnel|professionals|college|university|cent(?:re|er))|doctors|nurses|health ?care workers)/iu,
  ],
  // ("Kazakh University of Technology and Business" is a name, not who came.)
  [
    "business",
    // (Market traders are sole proprietors: "market vendors", «торговцы рынка», «базар саудагерлері».)
    /(предпринимател|бизнес|кәсіпкер|kásipker|business (?:owners|people|community)|businessm[ae]n|entrepreneur|(?<![\p{L}])(?:traders|vendors|stallholders)|торговц|саудагер)/iu,
  ],
  // (Village akims, «ауыл әкімдері», «сельские акимы», are officials too.)
  [
    "officials",
    /(госслужащ|мемлекеттік қызметш|civil servants|officials|(?:ауыл|ауылдық округ)\p{L}*\s+әкімдер|сельск\p{L}* акимов|акимов сельск|сельски\p{L}* акимами|акимами сельск|(?:rural|village) akims|полиция қызметкер|сотрудник\p{L}* (?:(?:департамент|управлени|отдел)\p{L}* )?полиции|полицейск\p{L}*|police officers|депутат(?:ы|ов|ами|ам|ах)\s+маслихат|мәслихат\p{L}*\s+депутаттар|secretaries of maslikhat|maslikhat deputies|deputies of (?:the )?(?:[\p{L}-]+ ){0,3}maslikhat)/iu,
  ],
  // Non-governmental and public organisations, religious communities and civic activists: an audience of no type of its own
  // (local historians, «краеведы», «өлкетанушылар», with the cultural figures).
  // NGOs, ethnocultural associations and the Assembly of People of Kazakhstan's members; soldiers; lawyers and notaries;
  // people with disabilities (blind and deaf people too: «незрячие», «көру қабілеті нашар», "the deaf community");
  // compatriots abroad.
  [
    "other",
    /([Cc]ompatriots|[Cc]adets|[Ss]oldiers|[Ss]ervicemen|курсант\p{L}*|военнослужащ\p{L}*|сарбаз\p{L}*|әскери қызметш\p{L}*|соотечественник\p{L}*|отандастар\p{L}*|[Kk]andas|[Кк]андас\p{L}*|[Ққ]андас\p{L}*|[Оо]ралман\p{L}*|(?:[Cc]itizens|[Kk]azakhs) living (?:in|abroad)|НПО|неправительственн\p{L}* организац|ҮЕҰ|үкіметтік емес ұйым|қоғамдық бірлестіг\p{L}* мүше|(?:[Mm]embers|[Чч]лен\p{L}*) (?:of the |)\S+ (?:public association|общественного объединения)|(?:[Пп]редставител\p{L}*|[Чч]лен\p{L}*) (?:\p{L}+ )?общественн\p{L}* (?:организаци|объединени)|қоғамдық ұйым\p{L}* өкіл|representatives of (?:\p{L}+ )?(?:public|civic|civil society) organi[sz]ations|religious (?:associations|communities|leaders)|believers|imams|clergy|верующ\p{L}*|религиозн\p{L}* объединени|духовенств|(?<![\p{L}])имам(?:ы|ов|ами|ам|дар\p{L}*)(?![\p{L}])|діни бірлестік\p{L}* өкіл|дін қызметкер|\bNGOs?\b|non-governmental|[Ээ]тнокультурн\p{L}* объединени|[Ээ]тномәдени бірлест|[Ee]thno-?cultural|әйелдер кеңес\p{L}*|женск\p{L}* совет\p{L}*|совет\p{L}* женщин|women's council|[Вв]оеннослужащ|[Сс]олдат|[Ss]ervicemen|[Aa]thletes|[Өө]нер қайраткерлер\p{L}*|[Әә]ртістер\p{L}*|[Оо]бщественник\p{L}*|[Тт]ворческ\p{L}* интеллигенц\p{L}*|[Дд]еятел\p{L}* (?:культуры|искусства)|[Cc]ultural figures|[Ll]ocal historians|[Кк]раевед(?:ы|ов|ами)(?![\p{L}])|[Өө]лкетанушы\p{L}*|[Cc]reative (?:intelligentsia|community)|[Шш]ығармашыл\p{L}* (?:зиялы|қауым)\p{L}*|[Аа]ртист(?:ы|ов|ами)(?![\p{L}])|[Мм]узыкант\p{L}*|[Пп]исател(?:и|ей|ями)(?![\p{L}])|[Жж]азушы(?:лар)\p{L}*|[Сс]портсмен\p{L}*|[Сс]портшы\p{L}*|[Ss]oldiers|[Mm]ilitary personnel|[Әә]скери қызметші|[Сс]арбаз|[Пп]ограничник|[Bb]order guards|[Шш]екарашы|(?<![Ll]aw )lawyers|advocates|notaries|юрист(?:ы|ов|ами)(?![\p{L}])|адвокат(?:ы|ов|ами)(?![\p{L}])|нотариус(?:ы|ов|ами)|судебн\p{L}* исполнител|адвокаттар|нотариустар|(?:[Pp]ersons|[Pp]eople) with disabilities|[Dd]isabled people|(?:люд|лиц)\p{L}* с (?:инвалидност|ограниченными возможност)\p{L}*|инвалид(?:ы|ов|ами)(?![\p{L}])|мүмкіндігі шектеулі|мүгедектігі бар|мүгедек(?:тер|тар)\p{L}*|[Mm]embers of (?:the )?(?:\S+ ){0,3}(?:Union|Association|Society|Federation|League) of (?!Veterans|Young|Youth|Students|Teachers|Entrepreneurs|Farmers|Doctors|Lawyers)|незряч\p{L}*|слабовидящ\p{L}*|слабослышащ\p{L}*|(?<![\p{L}])(?:глух|слеп)(?:их|ие|ими)(?![\p{L}])|инвалид\p{L}* по (?:зрению|слуху)|зағип\p{L}*|соқырлар\p{L}*|саңыраулар\p{L}*|(?:көру|есту) қабілеті|(?<![\p{L}])(?:[Dd]eaf|[Bb]lind)(?= (?:and|or|people|persons|residents|citizens|community|communities)(?![\p{L}]))|(?<=(?:of|for) the )(?:[Bb]lind|[Dd]eaf)(?![\p{L}])|hearing[- ]impaired|visually[- ]impaired)/u,
  ],
];

// A hospital's, a school's or a college's own staff: its sector, not a labour collective
// («с коллективом областной больницы», «с работниками ГККП «Районная
// больница»», «аурухана ұжымымен», "the staff of the district hospital").
const SECTOR_STAFF: Array<[AudienceType, RegExp]> = [
  // («аппарат қызметкерлері», «әкімдіктің 120-дан астам қызметкері», «сотрудники акимата», "the akimat's staff",
  // «сотрудники департамента полиции»: civil servants.)
  [
    "officials",
    /((?:аппарат|әкімдік)\p{L}*(?:\s+\d[\d\s]*(?:-?\p{L}+)?(?:\s+(?:астам|жуық|аса))?)? қызметкер|(?:сотрудник|работник)\p{L}* (?:аппарат|акимат|(?:департамент|управлени|отдел)\p{L}* полиции)|akimat['’]s (?:staff|employees)|(?:staff|employees) of the (?:[\p{L}-]+ ){0,3}akimat)\p{L}*/giu,
  ],
  [
    "medical_workers",
    /((?:коллектив|работник|сотрудник)\p{L}* (?:[\p{L}«"“-]+ ){0,3}(?:больниц|поликлиник|госпитал|перинатальн|роддом|родильн)|(?:медицинск|врачебн)\p{L}* коллектив|(?:аурухана|емхана|перинаталдық орталы)\p{L}* ұжым|(?:hospital|clinic)(?:'s)? (?:staff|employees|workers|team|personnel)|(?:staff|employees|workers|personnel) of (?:the |a )?(?:[\p{L}-]+ ){0,4}(?:hospital|clinic|polyclinic|perinatal cent(?:re|er)|maternity (?:hospital|home)))\p{L}*/giu,
  ],
  [
    "teachers",
    /(коллектив\p{L}* (?:[\p{L}-]+ ){0,3}(?:школ|гимнази|лице|детск\p{L}* сад|колледж|университет|вуз|институт)|педагогическ\p{L}* коллектив|(?:мектеп|мектеб|гимназия|лицей|балабақша|колледж|университет)\p{L}* (?:педагогикалық )?ұжым|педагогикалық ұжым|school staff|(?:staff|teachers) of (?:the |a )?(?:[\p{L}-]+ ){0,4}(?:school|gymnasium|lyceum))\p{L}*/giu,
  ],
];

// A college's or a university's lecturers on their own are teachers; beside its students (in the same
// sentence, «студенты и преподаватели», "students and lecturers"), the students are the audience.
const LECTURERS =
  /(?<!(?:молод\p{L}*|young|жас)\s)(?:преподавател\p{L}*|(?:профессор-)?оқытушы\p{L}*|профессорско-преподавательск\p{L}*|lecturers|faculty members)/iu;
const STUDENT_WORD = /студент|stýdent|students|магистрант|undergraduates/iu;

/** Audience types named in the text, with where. */
function audienceTypes(text: string, offset = 0): Array<{ type: AudienceType; span: Span }> {
  const out: Array<{ type: AudienceType; span: Span }> = [];
  const at = (type: AudienceType, index: number, length: number) =>
    out.push({ type, span: { start: offset + index, end: offset + index + length } });
  // A sector's staff is blanked out, so no other type reads its words again.
  let rest = text;
  for (const [type, re] of SECTOR_STAFF) {
    for (const m of rest.matchAll(re)) {
      if (!out.some((a) => a.type === type)) at(type, m.index, m[0].length);
      rest = rest.slice(0, m.index) + " ".repeat(m[0].length) + rest.slice(m.index + m[0].length);
    }
  }
  for (const [type, re] of AUDIENCES) {
    const m = re.exec(rest);
    if (m && !out.some((a) => a.type === type)) at(type, m.index, m[0].length);
  }
  const lecturers = STUDENT_WORD.test(rest) ? null : LECTURERS.exec(rest);
  if (lecturers && !out.some((a) => a.type === "teachers")) at("teachers", lecturers.index, lecturers[0].length);
  return out;
}

// "A group made up of deputies and veterans", "a visiting group of lawyers and
// deputies", "a group of lawyers visited the hospital" names who came to speak.
const COMPOSITION =
  /құрамында[^.;]{0,200}?\sбар(?=[\s,.])|в состав[еа]\s[^.;]{0,200}?(?=,)|made up of[^.;]{0,200}?(?=,)|visiting (?:group|team|delegation) of (?:[\p{Ll}-]+(?:,\s+|\s+and\s+))*[\p{Ll}-]+|(?:group|team|delegation) of (?:[\p{L}-]+(?:,\s+|\s+and\s+))*[\p{L}-]+(?=\s+(?:from|visited|met|held|arrived|came|travelled|toured)(?![\p{L}]))/giu;
const WORKPLACE =
  /(зауыт|завод|фабрик|комбинат|кеніш|шахт|рудник|разрез|месторожден|элеватор|кәсіпор|предприяти|plant|factory|refinery|smelter)/iu;

// An appeal to the public names no one who came: "calling on residents of the
// region to take part", «призвали жителей области принять участие»,
// «тұрғындарды референдумға қатысуға шақырды». (An appeal to young people at a
// students' meeting speaks to those in the hall, and still counts.)
const PUBLIC = String.raw`(?:all |every |the )?(?:residents|citizens|voters|people of|Kazakhstanis|fellow|жител\p{L}*|граждан\p{L}*|избирател\p{L}*|казахстанц\p{L}*|земляк\p{L}*|всех)`;
const APPEAL = new RegExp(
  String.raw`(?:call(?:ed|ing|s)? (?:up)?on|urg(?:ed|es|ing)|appeal(?:ed|s|ing)? to|призвал\p{L}*|призыва\p{L}*|призвав)\s+${PUBLIC}(?:\s+[\p{L}'’-]+){0,5}|(?:тұрғындар|азаматтар|сайлаушылар|халық|жерлестер)\p{L}*\s+(?:[\p{L}-]+\s+){0,4}(?:қатысуға|дауыс беруге|келуге)\s+(?:шақыр|үнде)\p{L}*`,
  "giu",
);

// What was talked about is not who came: «жас мамандарды қолдау мәселелерін
// көтерді», «вопросы поддержки ветеранов», "support for young specialists",
// "the draft gives young people more say", «жастарға көбірек мүмкіндік»,
// «жастардың құқықтары туралы», "the rights of young people", «жастарға
// қатысты баптар» (the articles concerning young people; «жастар қатысты»,
// with no dative, is "young people took part"), «жастарға арналған нормалар»,
// "the provisions on education and youth", «нормы о молодежи».
const SUPPORT_TOPIC =
  /(?:жас мамандар|жастар|ардагерлер|зейнеткерлер)\p{L}*\s+(?:[\p{L}-]+\s+)?(?:қолдау|саясат)\p{L}*|поддержк\p{L}*\s+(?:молод\p{L}*|ветеран\p{L}*|пенсионер\p{L}*)(?:\s+специалист\p{L}*)?|support (?:for|of|to) (?:young|youth|veterans|pensioners)(?:\s+(?:people|specialists|professionals))?|молод[её]жн\p{L}* политик\p{L}*|youth policy|(?:gives?|guarantees?|protects?|offers?|provides?)\s+(?:more\s+)?(?:young people|youth|veterans|pensioners)|(?:гарантирует|защищает|да[её]т|предоставляет|открывает)\s+(?:\p{L}+\s+){0,2}?(?:молод\p{L}*(?:\s+люд\p{L}*)?|ветеран\p{L}*|пенсионер\p{L}*)|(?:жастар|ардагерлер|зейнеткерлер)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}(?:мүмкіндік|кепілдік|құқ)|(?:жастарға|ардагерлерге|зейнеткерлерге|тұрғындар(?:ға|ына)|jastarǵa|ardagerlerge|zeınetkerlerge|turǵyndar(?:ǵa|yna))\s+(?:қатысты|qatysty|арналған|arnalǵan)|(?:rights of|rights for) (?:young people|youth|veterans|pensioners)|(?:provisions?|articles?|norms?|chapters?|sections?) (?:on|about|concerning) (?:[\p{L}-]+,? (?:and )?){0,3}?(?:young people|youth|veterans|pensioners)|(?:положени|норм|стать|глав)\p{L}* о (?:[\p{L}-]+,? (?:и )?){0,3}?(?:молод[её]ж\p{L}*|ветеран\p{L}*|пенсионер\p{L}*)/giu;

// "parents of pupils", «родители учащихся», «оқушылардың ата-аналары»: the
// parents came, their children are whose parents they are.
const PARENTS_OF =
  /(parents\s+of\s+(?:the\s+)?|родител\p{L}*\s+)(pupils|students|schoolchildren|учащихся|учеников|школьников|студентов)|(?:оқушылардың|студенттердің)(?=\s+ата-ана)/giu;

// «… «Жаңа Конституция – жастар көзімен» атты дөңгелек үстел», «форум под названием «Молодёжь …»»,
// "a debate titled "Youth and …"": what the event was called, not who came.
// "Speakers included … and students of …", «Среди выступающих были …»: who spoke, not who came.
const SPEAKERS_LIST =
  /(?:[Ss]peakers included|[Aa]mong the speakers|[Сс]реди выступа\p{L}*|[Сс]өз сөйлегендер)[^.!?]*/gu;
// («диспут «Конституция и молодежь»», «дебат-турнир «…»», "the forum "Youth and the Basic Law"": the same,
// named after its kind.)
const EVENT_NAME =
  /[«"“][^«»"“”\n]{2,120}[»"”]\s+атты|(?:под названием|на тему|под девизом|titled|entitled|(?:диспут|дебат|форум|квест|конкурс|викторин|флешмоб|акци)\p{L}*(?:-\p{L}+)?|forum|debate|quiz|contest|flash ?mob)\s+[«"“][^«»"“”\n]{2,120}[»"”]/giu;

/**
 * Who a meeting was with: the audience types `text` names, leaving out the
 * speakers' titles (`roles`: "мәслихат депутаты" says who spoke), the
 * members a visiting group is made of, and those an appeal calls on.
 */
// «во Дворце культуры металлургов», «Кеншілер мәдениет үйі», "the Miners' Palace
// of Culture": a hall named for a trade, not who came.
// «юристы областной коллегии адвокатов», «адвокаттар алқасы»: the bar a speaker belongs to, not who came.
const BAR_NAME = /коллеги\p{L}*\s+адвокатов|адвокаттар\s+алқасы\p{L}*/giu;
const HALL_NAME =
  /(?:Двор(?:ец|ца|це|цом)|Дом(?:а|е|ом)?)\s+культуры\s+\p{L}+|\p{L}+\s+мәдениет\s+(?:үйі|сарайы)|\p{L}+['’]\s+(?:Palace|House)\s+of\s+Culture/gu;

// "deputies of the regional maslikhat met with workers", «облыстық мәслихат
// депутаттары … кездесті», «депутаты маслихата … провели встречу»: the deputies
// who held the meeting are not its audience (nor «Юристы … провели бесплатные
// консультации», "lawyers … held free consultations").
const DEPUTIES_WHO_MET = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:[Ll]awyers|[Юю]ристы|[Аа]двокаты|[Зз]аңгерлер)(?![\p{L}])|(?:(?:regional|city|district)\s+)?maslikhat\s+deputies|deputies\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}maslikhat|мәслихат\p{L}*\s+депутаттары|депутаты\s+(?:[\p{L}-]+\s+)?маслихат\p{L}*)(?=(?:\s+[\p{L}\d-]+){0,12}?\s+(?:met|meet|visited|held|explained|told|кездесті|жүздесті|түсіндірді|барды|провели|встретились|посетили|рассказали|разъяснили)(?![\p{L}]))`,
  "giu",
);

// "volunteers … met lawyers to learn how to explain the draft to residents", «учились разъяснять … жителям»:
// whom they will explain it to later, not who came.
const TAUGHT_TO_EXPLAIN =
  /(?:how to|learn(?:ed)? to|trained to)\s+(?:explain|present|talk about)[^.;!?]{0,80}?\s+to\s+(?:the\s+)?[\p{L}-]+(?:\s+people)?|(?:как|учил\p{L}*|научил\p{L}*)\s+(?:правильно\s+)?разъясня\p{L}*[^.;!?]{0,80}?\s+(?:жител|граждан|избирател|населени)\p{L}*/giu;
// "gathered … to hear deputies of the regional maslikhat", «послушать депутатов маслихата», "to hear
// lawyers explain …": whom the audience heard.
const DEPUTIES_HEARD =
  /(?<=(?:hear|heard|listen to|listened to|послушать|выслушать|выслушали|послушали)\s+)(?:the\s+)?(?:(?:lawyers|experts|юристов|экспертов|адвокатов)(?![\p{L}])|deputies\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}maslikhat|(?:[\p{L}-]+\s+)?maslikhat\s+deputies|депутатов\s+(?:[\p{L}-]+\s+)?маслихат\p{L}*)/giu;

export function meetingAudiences(text: string, offset: number, roles: string[]) {
  const masked = roles
    .reduce((acc, role) => acc.replaceAll(role, " ".repeat(role.length)), text)
    .replace(HALL_NAME, (m) => " ".repeat(m.length))
    .replace(BAR_NAME, (m) => " ".repeat(m.length))
    .replace(EVENT_NAME, (m) => " ".repeat(m.length))
    .replace(SPEAKERS_LIST, (m) => " ".repeat(m.length))
    .replace(DEPUTIES_WHO_MET, (m) => " ".repeat(m.length))
    .replace(DEPUTIES_HEARD, (m) => " ".repeat(m.length))
    .replace(TAUGHT_TO_EXPLAIN, (m) => " ".repeat(m.length))
    .replace(COMPOSITION, (m) => " ".repeat(m.length))
    .replace(APPEAL, (m) => " ".repeat(m.length))
    .replace(SUPPORT_TOPIC, (m) => " ".repeat(m.length))
    .replace(PARENTS_OF, (m: string, parents?: string, children?: string) =>
      parents !== undefined && children !== undefined ? parents + " ".repeat(children.length) : " ".repeat(m.length),
    );
  return audienceTypes(masked, offset);
}

/**
 * A workforce named only as "the collective" («коллектив активно участвовал»,
 * «ұжым»), not a plant's: at a school's or a hospital's meeting, that
 * sector's staff again.
 */
export const bareCollective = (text: string, span: Span) =>
  /^(?:коллектив\p{L}*|ұжым\p{L}*)$/u.test(text.slice(span.start, span.end)) &&
  !WORKPLACE.test(text.slice(span.end, span.end + 20));

/** A meeting at a plant, mine or company: with its workforce, when no one else is named. */
export const atWorkplace = (text: string) => WORKPLACE.test(text);
