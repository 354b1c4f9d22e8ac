// The words the audience size is read with: the people a number can count
// in each language, the approximations that make it an estimate, and the
// verbs that make a number a workforce or a population rather than who came.
import type { Span } from "./types";

export const NUMBER = String.raw`(\d{1,3}(?:[  \u202f.,]\d{3})+|\d{1,6})`;
export const PEOPLE_RU =
  "человека?|чабан\\p{L}*|спортсмен\\p{L}*|тренер\\p{L}*|мам(?:ы|ам|ами)?|специалист\\p{L}*|волонт[её]р\\p{L}*|фермер\\p{L}*|матер\\p{L}*|многодетн\\p{L}* матер\\p{L}*|жител\\p{L}*|участник\\p{L}*|сотрудник\\p{L}*|работник\\p{L}*|студент\\p{L}*|представител\\p{L}*|учащ\\p{L}*|граждан\\p{L}*|молод\\p{L}* люд\\p{L}*|ветеран\\p{L}*|педагог\\p{L}*|учител\\p{L}*|медик\\p{L}*|врач\\p{L}*|горняк\\p{L}*|металлург\\p{L}*|избирател\\p{L}*|делегат\\p{L}*|слушател\\p{L}*|активист\\p{L}*|школьник\\p{L}*|предпринимател\\p{L}*|аграри\\p{L}*|фермер\\p{L}*|горняк\\p{L}*|нефтяник\\p{L}*|энергетик\\p{L}*|железнодорожник\\p{L}*|дорожник\\p{L}*|рабочи\\p{L}*|медсест\\p{L}*|врач\\p{L}*|преподавател\\p{L}*|родител\\p{L}*|сельчан\\p{L}*|заводчан\\p{L}*|селян\\p{L}*|аульчан\\p{L}*|специалист\\p{L}*|инженер\\p{L}*|строител\\p{L}*|пенсионер\\p{L}*|военнослужащ\\p{L}*|солдат\\p{L}*|офицер\\p{L}*|гвардейц\\p{L}*|пограничник\\p{L}*|воин\\p{L}*|афганц\\p{L}*|спасател\\p{L}*|шахтер\\p{L}*|шахтёр\\p{L}*|женщин\\p{L}*|водител\\p{L}*|механизатор\\p{L}*|животновод\\p{L}*|хлебороб\\p{L}*|агроном\\p{L}*|доярк\\p{L}*|полевод\\p{L}*|сельхозпроизводител\\p{L}*|нефтехимик\\p{L}*|нефтепереработчик\\p{L}*|газовик\\p{L}*|машиностроител\\p{L}*|бизнесмен\\p{L}*|рыбак\\p{L}*|аксакал\\p{L}*|старейшин\\p{L}*|библиотекар\\p{L}*|краевед\\p{L}*|журналист\\p{L}*|ученик\\p{L}*|горожан\\p{L}*|учениц\\p{L}*|имам\\p{L}*|юнош\\p{L}*|девуш\\p{L}*|подростк\\p{L}*|зрител\\p{L}*|курсант\\p{L}*|магистрант\\p{L}*|госслужащ\\p{L}*|служащ\\p{L}*|чиновник\\p{L}*|полицейск\\p{L}*|юрист\\p{L}*|адвокат\\p{L}*|нотариус\\p{L}*|директор\\p{L}*|руководител\\p{L}*|машинист\\p{L}*|слесар\\p{L}*|сварщик\\p{L}*|электрик\\p{L}*|монтажник\\p{L}*|оператор\\p{L}*|диспетчер\\p{L}*|докер\\p{L}*|моряк\\p{L}*|сталевар\\p{L}*";
export const PEOPLE_EN =
  "people|persons|readers|traders|vendors|market vendors|market traders|stallholders|shepherds|herders|athletes|young athletes|coaches|librarians|historians|local historians|journalists|archivists|soldiers|growers|residents|mothers|volunteers|specialists|ethnic Kazakhs|compatriots|judges|notaries|advocates|lawyers|professors|scientists|scholars|participants|employees|workers|students|members|attendees|veterans|young people|citizens|representatives|teachers|doctors|miners|voters|delegates|guests|activists|pupils|entrepreneurs|staff|farmers|metallurgists|railway workers|railwaymen|nurses|parents|pensioners|oil workers|of them|engineers|operators|specialists|builders|drivers|retirees|servicemen|border guards|women|villagers|schoolchildren|lecturers|coal miners|machine operators|livestock breeders|farm workers|agricultural workers|grain growers|business owners|businesspeople|businessmen|power engineers|chemical workers|petrochemical workers|dockers|port workers|fishermen|seafarers|sailors|police officers|civil servants|medics|young men|young women|spectators|cadets|elders|mechanics|welders|electricians|technicians|fitters|train drivers|locomotive drivers|steelworkers|steel workers|smelters|steelmakers|energy workers|gas workers|oilmen|imams|clergy|priests|servicemen and women|military personnel";
export const PEOPLE_KK =
  "ана|аналар\\p{L}*|спортшы\\p{L}*|жаттықтырушы\\p{L}*|кітапханашы\\p{L}*|өлкетанушы\\p{L}*|журналист\\p{L}*|сарбаз\\p{L}*|маман\\p{L}*|диқан\\p{L}*|фермер\\p{L}*|волонтер\\p{L}*|ерікті\\p{L}*|адам\\p{L}*|тұрғын\\p{L}*|қатысушы\\p{L}*|қызметкер\\p{L}*|қызметші\\p{L}*|жұмысшы\\p{L}*|студент\\p{L}*|жас\\p{L}*|ардагер\\p{L}*|өкіл\\p{L}*|азамат\\p{L}*|ұстаз\\p{L}*|мұғалім\\p{L}*|педагог\\p{L}*|дәрігер\\p{L}*|кенші\\p{L}*|оқушы\\p{L}*|сайлаушы\\p{L}*|белсенді\\p{L}*|кәсіпкер\\p{L}*|мұнайшы\\p{L}*|дәрігер\\p{L}*|мейірбике\\p{L}*|теміржолшы\\p{L}*|ата-ана\\p{L}*|маман\\p{L}*|құрылысшы\\p{L}*|зейнеткер\\p{L}*|әйел\\p{L}*|инженер\\p{L}*|ауыл тұрғын\\p{L}*|stýdent\\p{L}*|student\\p{L}*|adam\\p{L}*|turǵyn\\p{L}*|muǵalim\\p{L}*|keńshi\\p{L}*|jumysshy\\p{L}*|ustaz\\p{L}*|qyzmetker\\p{L}*|ardager\\p{L}*|oqýshy\\p{L}*|kenshi\\p{L}*|qatysýshy\\p{L}*|kásipker\\p{L}*|dáriger\\p{L}*|jas\\p{L}*|energet[ıi]k\\p{L}*|mu[nń]a[ıi]sh[yı]\\p{L}*|temirjolsh[yı]\\p{L}*|me[ıi][ıi]rb[ıi]ke\\p{L}*|ze[ıi]netker\\p{L}*|maman\\p{L}*|ókil\\p{L}*|azamat\\p{L}*|pedagog\\p{L}*|sa[ıi]la[ýu]sh[yı]\\p{L}*|механизатор\\p{L}*|малшы\\p{L}*|егінші\\p{L}*|диқан\\p{L}*|балықшы\\p{L}*|жігіт\\p{L}*|бойжеткен\\p{L}*|көрермен\\p{L}*|курсант\\p{L}*|бала|балалар\\p{L}*|шопан\\p{L}*|ақсақал\\p{L}*|мүше\\p{L}*|металлург\\p{L}*|машинист\\p{L}*|слесарь\\p{L}*|слесарлар\\p{L}*|дәнекерлеуші\\p{L}*|энергетик\\p{L}*|имам\\p{L}*|шекарашы\\p{L}*";
/** Any word for people a number can count, in any of the three languages. */
export const PEOPLE = `(?:${PEOPLE_RU}|${PEOPLE_EN}|${PEOPLE_KK})(?![\\p{L}])`;
/** "1 150", "1,150", "1.150": a number written with its thousands grouped. */
export const digitsValue = (digits: string) => Number(digits.replace(/[  \u202f.,]/g, ""));
export type SizeGuess = { size: number; estimate: boolean; span: Span };
/** The words before a number that make it an estimate ("about", «более», «шамамен»). */
export const APPROX_WORDS =
  "около|примерно|порядка|почти|более|свыше|более чем|не менее|не меньше|до|about|at least|around|over|more than|nearly|almost|some|approximately|up to|roughly|шамамен|шамасы|кемінде|жуық|астам";
export const APPROX_BEFORE = new RegExp(`(${APPROX_WORDS})\\s*$`, "iu");
// «150-ге жуық», «70-тен астам (аса)», «100-дей», «100 шақты»: about, more than.
export const KK_APPROX =
  "(?:-?(?:ге|ға|ке|қа|ge|ǵa|ke|qa)\\s+(?:жуық|jýyq|juyq|тарта|tarta)|-?(?:ден|дан|тен|тан|нен|нан|den|dan|ten|tan|nen|nan)\\s+(?:астам|аса|astam|asa)|-?дей|-?дай|-?тей|-?тай|\\s+шақты|\\s+shaqty)";
// "employs 700 people", "among the plant's 3,000 employees": the workforce, not who came.
export const WORKFORCE_BEFORE =
  /(employs|employing|employ|(?<![\p{L}])has|(?<![\p{L}])have|enrolls|обучается|обучаются|учатся|оқиды|staff of|workforce of|among the|among its|plant's|company's|численность|насчитывает|в штате|трудится|трудятся|работает|работают|жұмыс істейді)\s*(?:около|более|свыше|порядка|почти|about|over|more than|nearly)?\s*$/iu;
// "450 адам жұмыс істейді", "300 people work there": the verb after the
// number; likewise a population ("2 мыңнан астам адам тұрады", "живут 800 человек").
// («1 200-ден астам жас маман жұмыс істейді»: the noun's second word before the verb.)
export const WORKFORCE_AFTER =
  /^\s*(?:[\p{L}-]+\s+)?(?:жұмыс істейді|жұмыс істейтін|еңбек етеді|еңбек ететін|jumys iste[ıi](?:di|tin)|eńbek ete(?:di|tin)|tura(?:dy|tyn)|work there|work (?:in|at|for)|are employed|трудятся|работают (?:на|в)|тұрады|тұратын|тұрғыны бар|проживают|проживает|живут|live there|live in)(?![\p{L}])/iu;
// («6505 әскери бөлімінде сарбаздармен»: a military unit's number; «30 жас отбасы»: families, not people.)
export const NOT_PEOPLE_AFTER =
  /^\s*(%|процент|тенге|тг|₸|млн|млрд|мың|тысяч|thousand|million|billion|years?|лет|год|жыл|команд|teams?(?![\p{L}])|топ(?:тан|қа)?(?![\p{L}])|сынып|класс|grade|курс|жас(?:тан|қа|та|тағы|ар)(?![\p{L}])|жас\p{L}*\s+(?:аралығ|шамасында)|(?:жас\s+)?отбас\p{L}*|әскери\s+бөлім)/iu;
// "15 марта каждый гражданин": a day of a month, not a number of people.
// "on February 19 for members of …": the day of a month written first.
export const MONTH_BEFORE =
  /(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s*$/u;
export const MONTH_AFTER =
  /^\s+(январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан|qa[ńn]tar|aqpan|na[uý]ryz|s[áa][uý]ir|mamyr|ma[uý]sym|shilde|tamyz|qyrk[úu]iek|qazan|qarasha|jeltoqsan|january|february|march|april|may|june|july|august|september|october|november|december)/iu;
