/** localStorage key of the reader's colour theme choice (`light` or `dark`; absent: automatic). */
export const THEME_STORAGE_KEY = 'news-archive-theme';
