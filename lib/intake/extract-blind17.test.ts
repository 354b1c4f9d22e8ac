// What the blind batches from the hundred-and-ninety-third on caught (the
// twenty-sixth session, after extract-blind16), one general cause each:
// - 193rd–194th (a page that opens with what the draft is, a public hearing,
//   posts with hashtags and labelled counts): the draft's story and "Since
//   then, …" title no meeting; "a public hearing" is one; a line of hashtags is
//   no title; «Участников: 85» counts who came; «депутаты маслихата … провели
//   встречу» held it (no audience of officials; ru-34's annotation the same now).
// - 195th–196th (names in every case): «депутату Мажилиса Наталье
//   Дементьевой» is Наталья; «председателя … совета ветеранов Ивана Петровича
//   Сидоренко» is Иван Петрович (the title keeps no «Ивана»); «жастар Мәжіліс
//   депутаты Айдос Сарымға сұрақтарын қойды» was asked (he spoke), is Сарым, and
//   his title keeps neither the town nor «жастар».
// - 197th–198th (city districts, counts in words): "Senator Olzhas Bektenov's
//   adviser Marat Ismailov" — the senator did not speak; «Ақсу қаласында
//   ферроқорытпа зауытының екі жүзден астам жұмысшысы Сенат депутаты …» names
//   the Aksu ferroalloy plant and leaves the counted workers out of the title.
// - 199th–200th (a senator's day of four meetings): the group "led by
//   Senator …" («во главе с сенатором …») speaks at each; «в Университете имени
//   Шакарима» names where it was (a university in a speaker's title names none);
//   «Днем группа побывала …», "In the afternoon, …" is in the same town; "the
//   group visited Shakarim University, where … attended a lecture" is a meeting.
// - 201st (a group's three villages, a delegation's two towns): «Күн соңында …»
//   ("at the end of the day") opens a meeting, not the one before's end; «Топты
//   … депутаты … басқарды» and «Делегация из Астаны во главе с …» speak at each;
//   «…, а в Караганде – со студентами …» met them too (a meeting, as the first).
// - 202nd (quotes first): «– деді Мәжіліс депутаты Бақытжан Базарбек
//   Шымкенттегі …» names him before the place.
// - 203rd (official releases): «Под председательством акима области … прошло
//   расширенное совещание актива области, посвященное проекту новой
//   Конституции» is a meeting, chaired by the akim (his title without «председательством»).
// - 204th–205th (a steel shop, fishermen, a day of three meetings): «Жаңа
//   Конституция жобасы туралы аудандық мәслихат төрағасы» — what he told of is no
//   part of his title; «Риддер қаласында кеншілермен, ал Күршім ауданында ауыл
//   тұрғындарымен кездесулер болды» is two meetings sharing one verb (no
//   summary), each as undated as the one before (a publication's day is no day).
// - 206th (two plants on one day, a lawyers' consultation day): a title leaves
//   the lead's dateline out («ПАВЛОДАР. 12 марта …», "KARAGANDA, March 1 — …");
//   "a free legal consultation day on the draft" is a meeting with residents.
// - 207th (fishermen of the Aral, a gas station and a hospital, an online
//   marathon): a youth marathon on the draft is outreach, and «Оған … 2 мыңнан
//   астам жас қосылды» counts who joined it.
import { describe, expect, it } from "vitest";
import { articleOf, draftsOf, hostsOf } from "../testing/intake-drafts";

describe("articles read blind (seventeenth set)", () => {
  it("titles a report by its meeting, not by the draft's story, and reads a public hearing", () => {
    const [townHall] = draftsOf(
      "ASTANA – The draft of the new Constitution, published for nationwide discussion on Jan. 20, introduces a unicameral Kurultai. Since then, explanatory work has been under way across the country.\n\nIn Astana, a town hall meeting with residents of the Saryarka district took place at the district akimat on March 6.",
      "2026-03-08",
    );
    expect(townHall?.title).toBe(
      "In Astana, a town hall meeting with residents of the Saryarka district took place at the district akimat on March 6.",
    );
    const hearing = articleOf(
      "A public hearing on the draft Constitution was held at the Aktobe regional maslikhat on Saturday. More than 100 representatives of civil society took part.",
      "2026-03-09",
    );
    expect([hearing.isOutreach, hearing.drafts[0]?.format]).toEqual([true, "meeting"]);
  });

  it("reads a post with hashtags and labelled counts", () => {
    const [d] = draftsOf(
      "🇰🇿 #НоваяКонституция #Референдум2026\n\nСегодня в Сатпаеве депутаты маслихата области Ұлытау провели встречу с медиками городской больницы.\n\n👥 Участников: 85\n🗣 Спикеры: Жанар Кенжебаева, Ерболат Сыздыков",
      "2026-03-05",
    );
    expect([d?.title, d?.audiences, d?.audienceSize]).toEqual([
      "Сегодня в Сатпаеве депутаты маслихата области Ұлытау провели встречу с медиками городской больницы.",
      ["medical_workers"],
      85,
    ]);
  });

  it("names speakers in the nominative whatever their case", () => {
    const [plant] = draftsOf(
      "Вопросы работников АО «Евроазиатская энергетическая корпорация» адресовали депутату Мажилиса Наталье Дементьевой. Встреча по проекту новой Конституции прошла в Аксу.",
      "2026-03-05",
    );
    expect(plant?.speakers.map((s) => s.name)).toEqual(["Наталья Дементьева"]);
    const [veterans] = draftsOf(
      "В Караганде прошла встреча с ветеранами с участием председателя областного совета ветеранов Ивана Петровича Сидоренко. Обсуждался проект новой Конституции.",
      "2026-03-06",
    );
    expect(veterans?.speakers.map((s) => [s.name, s.role])).toEqual([
      ["Иван Петрович Сидоренко", "председатель областного совета ветеранов"],
    ]);
    const [youth] = draftsOf(
      "Түркістан қаласында жастар Мәжіліс депутаты Айдос Сарымға жаңа Конституция жобасы бойынша сұрақтарын қойды. Кездесу университетте өтті.",
      "2026-03-05",
    );
    expect(youth?.speakers.map((s) => [s.name, s.role])).toEqual([["Айдос Сарым", "Мәжіліс депутаты"]]);
  });

  it("leaves out the one whose adviser spoke, and the counted workers and the town from a plant's meeting", () => {
    const [nura] = draftsOf(
      "Residents of Astana's Nura district met with Senator Olzhas Bektenov's adviser Marat Ismailov on March 5 to discuss the draft Constitution.",
      "2026-03-06",
    );
    expect(nura?.speakers.map((s) => s.name)).toEqual(["Marat Ismailov"]);
    const [plant] = draftsOf(
      "Ақсу қаласында ферроқорытпа зауытының екі жүзден астам жұмысшысы Сенат депутаты Нұрлан Бекназаровпен кездесті. Жаңа Конституция жобасы талқыланды.",
      "2026-03-05",
    );
    expect([hostsOf(plant), plant?.speakers.map((s) => s.role), plant?.audienceSize]).toEqual([
      ["Ақсу ферроқорытпа зауыты"],
      ["Сенат депутаты"],
      200,
    ]);
  });

  it("reads who led the group at each of its meetings, and a university named after someone", () => {
    const drafts = draftsOf(
      "В пятницу члены республиканской информационной группы во главе с сенатором Айгуль Нуркиной работали в области Абай. Утром они встретились с коллективом Семейского цементного завода, около 300 работников. Днем группа побывала в Университете имени Шакарима, где лекцию о проекте Конституции прослушали 400 студентов.",
      "2026-03-08",
    );
    expect(drafts.map((d) => [hostsOf(d), d.speakers.map((s) => s.name), d.district?.name])).toEqual([
      [["Семейский цементный завод"], ["Айгуль Нуркина"], "Semey"],
      [["Университет имени Шакарима"], ["Айгуль Нуркина"], "Semey"],
    ]);
    const [title] = draftsOf(
      "В Астане прошла встреча с энергетиками ТЭЦ-2 по проекту новой Конституции. Выступил профессор Евразийского национального университета имени Л.Н. Гумилева Асхат Бейсенов.",
      "2026-03-06",
    );
    expect(title?.organizations.map((o) => o.name)).not.toContain("Университет имени Л.Н. Гумилева");
  });

  it("reads a day's last meeting, a group's leader at each, and a clause that meets as the one before", () => {
    const villages = draftsOf(
      "Сарыағаш ауданында жаңа Конституция жобасын түсіндіру тобы үш елді мекенде болды. Алдымен Жібек жолы ауылында тұрғындармен кездесу өтті. Содан кейін топ мүшелері Дарбаза ауылындағы №5 мектептің мұғалімдерімен жүздесті. Күн соңында Сарыағаш қаласындағы санаторий қызметкерлерімен кездесу болды. Топты облыстық мәслихат депутаты Ерлан Тұрсынбеков басқарды.",
      "2026-03-04",
    );
    expect(villages.map((d) => [d.audiences, d.speakers.map((s) => s.name)])).toEqual([
      [["residents"], ["Ерлан Тұрсынбеков"]],
      [["teachers"], ["Ерлан Тұрсынбеков"]],
      [["labour_collective"], ["Ерлан Тұрсынбеков"]],
    ]);
    const towns = draftsOf(
      "Делегация из Астаны во главе с депутатом Мажилиса Ириной Смирновой посетила Карагандинскую область, чтобы разъяснить проект новой Конституции. В Темиртау депутаты встретились с металлургами АО «Qarmet», а в Караганде – со студентами Карагандинского университета имени Букетова.",
      "2026-03-05",
    );
    expect(towns.map((d) => [d.district?.name, d.format, d.speakers.map((s) => s.name)])).toEqual([
      ["Temirtau", "meeting", ["Ирина Смирнова"]],
      ["Karaganda", "meeting", ["Ирина Смирнова"]],
    ]);
  });

  it("reads a Kazakh name before a town in the locative", () => {
    const [d] = draftsOf(
      "«Жаңа Конституция – әр азаматтың құжаты», – деді Мәжіліс депутаты Бақытжан Базарбек Шымкенттегі «Шымкентмай» АҚ ұжымымен кездесуде.",
      "2026-03-09",
    );
    expect(d?.speakers.map((s) => s.name)).toEqual(["Бақытжан Базарбек"]);
  });

  it("reads a meeting of the region's activists chaired by the akim", () => {
    const [d] = draftsOf(
      "Под председательством акима Жамбылской области Ербола Карашукеева в Таразе прошло расширенное совещание актива области, посвященное проекту новой Конституции. В нем приняли участие более 400 человек.",
      "2026-03-05",
    );
    expect([d?.format, d?.speakers.map((s) => [s.name, s.role])]).toEqual([
      "meeting",
      [["Ербол Карашукеев", "аким Жамбылской области"]],
    ]);
  });

  it("reads a lecture the visiting group gave as a meeting", () => {
    const drafts = draftsOf(
      "Members of the information group led by Senator Aigul Nurkina spent Friday in Semey. In the morning, they met with about 300 workers of the Semey cement plant. In the afternoon, the group visited Shakarim University, where some 400 students attended a lecture on the draft Constitution.",
      "2026-03-07",
    );
    expect(drafts.map((d) => d.format)).toEqual(["meeting", "meeting"]);
  });

  it("reads two clauses sharing a verb as two meetings, dated as the one before, and a title without its topic", () => {
    const drafts = draftsOf(
      "Шығыс Қазақстан облысында бір күнде жаңа Конституция жобасы бойынша үш кездесу өтті. Өскемендегі «Казцинк» ЖШС-да Сенат депутаты Ғалиасқар Сарыбаев металлургтермен жүздесті. Риддер қаласында кеншілермен, ал Күршім ауданында ауыл тұрғындарымен кездесулер болды.",
      "2026-03-07",
    );
    expect(drafts.map((d) => [d.district?.name, d.audiences, d.datePrecision])).toEqual([
      ["Oskemen", ["labour_collective"], "on_or_before"],
      ["Ridder", ["labour_collective"], "on_or_before"],
      ["Kurchum District", ["residents"], "on_or_before"],
    ]);
    const [village] = draftsOf(
      "Маңғыстау облысы Мұнайлы ауданындағы Баскұдық ауылында тұрғындармен кездесу өтті. Жаңа Конституция жобасы туралы аудандық мәслихат төрағасы Жанат Есенғалиев баяндады.",
      "2026-03-12",
    );
    expect(village?.speakers.map((s) => s.role)).toEqual(["аудандық мәслихат төрағасы"]);
  });

  it("titles a meeting without its dateline, and reads a legal consultation day", () => {
    const [plant] = draftsOf(
      "ПАВЛОДАР. 12 марта на Павлодарском нефтехимическом заводе состоялась встреча трудового коллектива с председателем областного маслихата Маратом Бахтияровым. В тот же день в Экибастузе на ГРЭС-1 аналогичную встречу провел заместитель акима области Руслан Имамбаев. Обсуждался проект новой Конституции.",
      "2026-03-13",
    );
    expect(plant?.title.startsWith("12 марта на Павлодарском нефтехимическом заводе")).toBe(true);
    const consultation = articleOf(
      "On March 13, the Atyrau regional branch of the Kazakhstan Lawyers' Association held a free legal consultation day on the draft Constitution at the Atyrau city library. More than 70 residents received advice from 12 lawyers.",
      "2026-03-14",
    );
    expect([consultation.isOutreach, consultation.drafts[0]?.audiences.includes("residents")]).toEqual([true, true]);
  });

  it("reads an online marathon and who joined it", () => {
    const [d] = draftsOf(
      "Жамбыл облысында «Жаңа Конституция – жаңа мүмкіндіктер» атты онлайн-марафон өтті. Оған облыстың барлық аудандарынан 2 мыңнан астам жас қосылды.",
      "2026-03-11",
    );
    expect([d?.audiences, d?.audienceSize]).toEqual([["youth"], 2000]);
  });
});
