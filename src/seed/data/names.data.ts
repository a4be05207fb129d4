/** Name lists for the generated people of the demo world: common names, so no one real is implied. */

export interface JapaneseName {
  kanji: string;
  romaji: string;
}

export const JAPANESE_FAMILY_NAMES: readonly JapaneseName[] = [
  { kanji: '佐藤', romaji: 'Sato' },
  { kanji: '鈴木', romaji: 'Suzuki' },
  { kanji: '高橋', romaji: 'Takahashi' },
  { kanji: '田中', romaji: 'Tanaka' },
  { kanji: '伊藤', romaji: 'Ito' },
  { kanji: '渡辺', romaji: 'Watanabe' },
  { kanji: '山本', romaji: 'Yamamoto' },
  { kanji: '中村', romaji: 'Nakamura' },
  { kanji: '小林', romaji: 'Kobayashi' },
  { kanji: '加藤', romaji: 'Kato' },
  { kanji: '吉田', romaji: 'Yoshida' },
  { kanji: '山田', romaji: 'Yamada' },
  { kanji: '佐々木', romaji: 'Sasaki' },
  { kanji: '山口', romaji: 'Yamaguchi' },
  { kanji: '松本', romaji: 'Matsumoto' },
  { kanji: '井上', romaji: 'Inoue' },
  { kanji: '木村', romaji: 'Kimura' },
  { kanji: '林', romaji: 'Hayashi' },
  { kanji: '斎藤', romaji: 'Saito' },
  { kanji: '清水', romaji: 'Shimizu' },
  { kanji: '山崎', romaji: 'Yamazaki' },
  { kanji: '森', romaji: 'Mori' },
  { kanji: '池田', romaji: 'Ikeda' },
  { kanji: '橋本', romaji: 'Hashimoto' },
  { kanji: '阿部', romaji: 'Abe' },
  { kanji: '石川', romaji: 'Ishikawa' },
  { kanji: '前田', romaji: 'Maeda' },
  { kanji: '藤田', romaji: 'Fujita' },
  { kanji: '小川', romaji: 'Ogawa' },
  { kanji: '岡田', romaji: 'Okada' },
  { kanji: '後藤', romaji: 'Goto' },
  { kanji: '長谷川', romaji: 'Hasegawa' },
  { kanji: '村上', romaji: 'Murakami' },
  { kanji: '近藤', romaji: 'Kondo' },
  { kanji: '石井', romaji: 'Ishii' },
  { kanji: '坂本', romaji: 'Sakamoto' },
  { kanji: '遠藤', romaji: 'Endo' },
  { kanji: '青木', romaji: 'Aoki' },
  { kanji: '藤井', romaji: 'Fujii' },
  { kanji: '西村', romaji: 'Nishimura' },
];

export const JAPANESE_GIVEN_NAMES: readonly JapaneseName[] = [
  { kanji: '健太', romaji: 'Kenta' },
  { kanji: '翔太', romaji: 'Shota' },
  { kanji: '大輔', romaji: 'Daisuke' },
  { kanji: '拓也', romaji: 'Takuya' },
  { kanji: '直樹', romaji: 'Naoki' },
  { kanji: '和也', romaji: 'Kazuya' },
  { kanji: '亮', romaji: 'Ryo' },
  { kanji: '誠', romaji: 'Makoto' },
  { kanji: '浩二', romaji: 'Koji' },
  { kanji: '隆', romaji: 'Takashi' },
  { kanji: '悠斗', romaji: 'Yuto' },
  { kanji: '蓮', romaji: 'Ren' },
  { kanji: '颯太', romaji: 'Sota' },
  { kanji: '智也', romaji: 'Tomoya' },
  { kanji: '裕介', romaji: 'Yusuke' },
  { kanji: '陽子', romaji: 'Yoko' },
  { kanji: '美咲', romaji: 'Misaki' },
  { kanji: '由美', romaji: 'Yumi' },
  { kanji: '恵', romaji: 'Megumi' },
  { kanji: '彩', romaji: 'Aya' },
  { kanji: '真由美', romaji: 'Mayumi' },
  { kanji: '智子', romaji: 'Tomoko' },
  { kanji: '奈々', romaji: 'Nana' },
  { kanji: '千尋', romaji: 'Chihiro' },
  { kanji: '結衣', romaji: 'Yui' },
  { kanji: '葵', romaji: 'Aoi' },
  { kanji: '麻衣', romaji: 'Mai' },
  { kanji: '沙織', romaji: 'Saori' },
  { kanji: '香織', romaji: 'Kaori' },
  { kanji: '理恵', romaji: 'Rie' },
];

export interface EuropeanNames {
  female: readonly string[];
  male: readonly string[];
  family: readonly string[];
  /** Where surnames take a feminine form (Polish, Czech, Greek), at the same index as `family`. */
  familyFemale?: readonly string[];
  timeZone: string;
  /** ISO 639-1 code of the local language, besides English. */
  language: string;
}

export const EUROPEAN_NAMES: Readonly<Record<string, EuropeanNames>> = {
  DE: {
    timeZone: 'Europe/Berlin',
    language: 'de',
    female: ['Anna', 'Lea', 'Katharina', 'Miriam', 'Sophie', 'Julia', 'Hannah', 'Nina'],
    male: ['Lukas', 'Jonas', 'Felix', 'Tobias', 'Jan', 'Moritz', 'Philipp', 'Sebastian'],
    family: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Wagner', 'Becker', 'Hoffmann', 'Schulz', 'Koch', 'Richter', 'Wolf', 'Krüger', 'Braun'],
  },
  AT: {
    timeZone: 'Europe/Vienna',
    language: 'de',
    female: ['Lena', 'Theresa', 'Johanna', 'Magdalena'],
    male: ['Florian', 'Matthias', 'Stefan', 'Lorenz'],
    family: ['Gruber', 'Huber', 'Bauer', 'Wallner', 'Pichler', 'Moser'],
  },
  CH: {
    timeZone: 'Europe/Zurich',
    language: 'de',
    female: ['Laura', 'Selina', 'Andrea', 'Corinne'],
    male: ['Nico', 'Reto', 'Beat', 'Urs'],
    family: ['Meier', 'Keller', 'Brunner', 'Baumann', 'Frei', 'Zimmermann'],
  },
  FR: {
    timeZone: 'Europe/Paris',
    language: 'fr',
    female: ['Camille', 'Chloé', 'Manon', 'Élise', 'Pauline'],
    male: ['Louis', 'Hugo', 'Julien', 'Thomas', 'Antoine'],
    family: ['Martin', 'Bernard', 'Dubois', 'Durand', 'Lefebvre', 'Moreau', 'Girard', 'Fontaine', 'Rousseau'],
  },
  ES: {
    timeZone: 'Europe/Madrid',
    language: 'es',
    female: ['Lucía', 'Marta', 'Carmen', 'Elena'],
    male: ['Pablo', 'Javier', 'Diego', 'Álvaro'],
    family: ['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Romero', 'Navarro'],
  },
  IT: {
    timeZone: 'Europe/Rome',
    language: 'it',
    female: ['Giulia', 'Francesca', 'Chiara', 'Sara'],
    male: ['Marco', 'Luca', 'Matteo', 'Andrea'],
    family: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo'],
  },
  PT: {
    timeZone: 'Europe/Lisbon',
    language: 'pt',
    female: ['Inês', 'Beatriz', 'Mariana'],
    male: ['João', 'Miguel', 'Tiago'],
    family: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Oliveira', 'Costa'],
  },
  NL: {
    timeZone: 'Europe/Amsterdam',
    language: 'nl',
    female: ['Sanne', 'Fleur', 'Eva', 'Lotte'],
    male: ['Daan', 'Bram', 'Thijs', 'Ruben'],
    family: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser'],
  },
  BE: {
    timeZone: 'Europe/Brussels',
    language: 'fr',
    female: ['Louise', 'Marie', 'Elena'],
    male: ['Arthur', 'Victor', 'Wout'],
    family: ['Peeters', 'Janssens', 'Maes', 'Dupont', 'Claes', 'Wouters'],
  },
  PL: {
    timeZone: 'Europe/Warsaw',
    language: 'pl',
    female: ['Zofia', 'Aleksandra', 'Magdalena', 'Karolina'],
    male: ['Jakub', 'Piotr', 'Tomasz', 'Michał'],
    family: ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kamiński', 'Lewandowski'],
    familyFemale: ['Nowak', 'Kowalska', 'Wiśniewska', 'Wójcik', 'Kamińska', 'Lewandowska'],
  },
  CZ: {
    timeZone: 'Europe/Prague',
    language: 'cs',
    female: ['Tereza', 'Eliška', 'Klára'],
    male: ['Jakub', 'Ondřej', 'Martin'],
    family: ['Novák', 'Svoboda', 'Dvořák', 'Černý', 'Procházka', 'Kučera'],
    familyFemale: ['Nováková', 'Svobodová', 'Dvořáková', 'Černá', 'Procházková', 'Kučerová'],
  },
  SE: {
    timeZone: 'Europe/Stockholm',
    language: 'sv',
    female: ['Elsa', 'Maja', 'Linnea'],
    male: ['Erik', 'Oskar', 'Johan'],
    family: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Lindqvist'],
  },
  DK: {
    timeZone: 'Europe/Copenhagen',
    language: 'da',
    female: ['Freja', 'Ida', 'Sofie'],
    male: ['Mads', 'Rasmus', 'Anders'],
    family: ['Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Christensen', 'Larsen'],
  },
  FI: {
    timeZone: 'Europe/Helsinki',
    language: 'fi',
    female: ['Aino', 'Helmi', 'Laura'],
    male: ['Eero', 'Mikko', 'Ville'],
    family: ['Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Heikkinen', 'Laine'],
  },
  IE: {
    timeZone: 'Europe/Dublin',
    language: 'en',
    female: ['Aoife', 'Niamh', 'Róisín'],
    male: ['Cian', 'Seán', 'Conor'],
    family: ['Murphy', 'Kelly', "O'Sullivan", 'Walsh', 'Byrne', 'Ryan'],
  },
  GR: {
    timeZone: 'Europe/Athens',
    language: 'el',
    female: ['Eleni', 'Maria', 'Katerina'],
    male: ['Giorgos', 'Nikos', 'Dimitris'],
    family: ['Papadopoulos', 'Papadakis', 'Georgiou', 'Nikolaidis', 'Vlachos', 'Oikonomou'],
    familyFemale: ['Papadopoulou', 'Papadaki', 'Georgiou', 'Nikolaidou', 'Vlachou', 'Oikonomou'],
  },
};
