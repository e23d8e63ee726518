import dutchStaff from 'virtual:wijkwijs-i18n/nl/staff';

/** Dutch texts of the signed-in screens: a chunk of its own, loaded with those screens (i18n-parts.ts). */
export const dutchStaffTexts = dutchStaff;
