// What a sentence says about a meeting besides that it was one: that it took
// place (dating it), who took part, who asked questions (who came).

// "Students asked questions", «Студенты задали вопросы», «Студенттер сұрақтар қойды».
// («На вопросы сельчан ответили …»: whose questions were answered.)
export const ASKED =
  /(asked (?:[^.!?]{0,60}\s)?questions|зада(?:ли|вали)\s+(?:[^.!?]{0,60}\s)?вопрос|на вопросы\s+\p{L}+\s+ответил|сұрақ\p{L}* қойды|сұрақ\p{L}* қойып)/iu;
// «Жителям села рассказали …», «На ГРЭС-2 энергетикам новые нормы разъяснил …»: whom it was told, in the dative.
const TOLD_TO = String.raw`(?:жител|сельчан|работник|сотрудник|студент|учител|педагог|ветеран|предпринимател|горожан|пенсионер|горняк|шахт[её]р|металлург|энергетик|нефтяник|железнодорожник|строител|врач|фермер|школьник)\p{L}*(?:ям|ам)\s+(?:[^.!?]{0,60}\s)?(?:рассказал|разъяснил|объяснил|представил)\p{L}*`;
// «Перед сельчанами выступил …», «студенттер алдында сөз сөйледі», "spoke to 110
// teachers", TOLD_TO: who was spoken to (not "spoke about the amendments to …").
export const SPOKEN_TO = new RegExp(
  String.raw`(перед\s[^.!?]{0,60}выступ\p{L}*|выступ\p{L}*\s+перед|алдында сөз сөйле\p{L}*|(?<![\p{L}])spoke to(?![\p{L}])|addressed|${TOLD_TO})`,
  "iu",
);
// «Іс-шара 27 ақпанда … өтті», «Мероприятие прошло …», "The event took place …".
export const EVENT_HELD =
  /(?:іс-шара|мероприяти|the event|турнир|квест|викторин|олимпиад|пікірсайыс|tournament)\p{L}*[^.!?]{0,80}(?:өтті|болды|өткізілді|прошл|прош[её]л|состоял|took place|was held)/iu;
// "Оған … қатысты", "приняли участие", "присутствовали", "attended".
export const ATTENDED =
  /(қатысты|қатысып|қатысады|qatysty|qatysyp|qatysady|приняли участие|принял\p{L}* участие|участие\s+в\s+\p{L}+\s+принял\p{L}*|участниками\s+стал\p{L}*|примут участие|присутствовал\p{L}*|пришл[иа](?![\p{L}])|attend|took part|take part|taking part|brought together|were present|(?<![\p{L}])came(?![\p{L}])|(?<![\p{L}])(?:вы)?слушали(?![\p{L}])|listened to)/iu;
