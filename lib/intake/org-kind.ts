// What kind of organisation a name is, by the words and the legal form around it.
import type { OrgKind } from "../domain/enums";

// «разреза «Восточный»», «на шахте «Казахстанская»», «крестьянского хозяйства «Береке»»,
// «в мечети «Нур»», «в детском саду «Балапан»»: a site, a farm or a mosque is named with its kind.
export const SITE_BEFORE =
  /^(разрез|шахт|рудник|месторождени|элеватор|санатори|мечет|детск|ясл|крестьянск|фермерск|сельхозпредприяти)[\p{L}-]*(?:\s+\p{L}+)?$/iu;
export const SITE_NOMINATIVE: Record<string, string> = {
  крестьянск: "Крестьянское хозяйство",
  фермерск: "Фермерское хозяйство",
  сельхозпредприяти: "Сельхозпредприятие",
  разрез: "Разрез",
  шахт: "Шахта",
  рудник: "Рудник",
  месторождени: "Месторождение",
  элеватор: "Элеватор",
  санатори: "Санаторий",
  мечет: "Мечеть",
  детск: "Детский сад",
  ясл: "Ясли-сад",
};

// A legal form is a word of its own in capitals: «Ақжол» has no АҚ in it, "Pavlodar" no PA.
const form = (forms: string) => new RegExp(`(?<![\\p{L}])(?:${forms})(?![\\p{L}])`, "u");
const STATE_FORM = form("ГУ|КГУ|КММ");
const COMPANY_FORM = form("ТОО|АО|ЖШС|АҚ|МКК|КМК|МКҚК|ГКП|КГП|ГККП|AQ|JShS|JSC|LLP|LLC|ГРЭС|ТЭЦ");
const NGO_FORM = form("ҚБ|ОО|РОО|PA");

export function kindOf(context: string): OrgKind {
  if (/парти|party/i.test(context)) return "party";
  if (/профсоюз|кәсіподақ|trade union|federation of trade/i.test(context)) return "trade_union";
  // («КГУ «Школа-лицей им. Абая»»: a school that is a state institution is a school,
  // and an akimat's departments («городской отдел внутренней политики», «білім басқармасы») are state bodies.)
  if (STATE_FORM.test(context) && /школ|лицей|гимнази|колледж/iu.test(context)) return "education";
  if (
    STATE_FORM.test(context) ||
    /маслихат|мәслихат|maslikhat|акимат|әкімді[кг]|akimat|министр|ministry|отдел|управлени|департамент|department|басқарма|бөлім|отряд/i.test(
      context,
    )
  )
    return "public_body";
  if (
    /университет|колледж|школ|мектеп|балабақша|ýnıversıtet|kolledj|детск\p{L}* сад|ясл\p{L}*-сад|university|college|school|kindergarten/iu.test(
      context,
    )
  )
    return "education";
  if (/мешіт|мечет|mosque/i.test(context)) return "other";
  if (
    COMPANY_FORM.test(context) ||
    /корпорац|компани|предприяти|агрофирм|завод|зауыт|korporats|korporas|kompanı|zaýyt|kombınat|fabrıka|shahta|qojalyǵ|фабрик|комбинат|кешен|қожалығ|шаруашылығ|кооператив|cooperative|крестьянск|фермерск|разрез|шахт|рудник|месторожд|депо|элеватор|company|corporation|plant|factory|mine|refinery|depot/i.test(
      context,
    )
  )
    return "enterprise";
  if (
    NGO_FORM.test(context) ||
    /ассоциац|қауымдастығ|бірлестіг|birlestig|фонд|қоры|foundation|association|одағ|союз/i.test(context)
  )
    return "ngo";
  return "other";
}
