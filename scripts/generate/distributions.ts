import type { Faker } from '@faker-js/faker';

/**
 * Household shapes of families with children in the Netherlands (CBS StatLine, huishoudens met
 * kinderen): about one in five is a one-parent family; most have one or two children.
 */
export function adultsInHousehold(f: Faker): number {
  return f.helpers.weightedArrayElement([{ weight: 21, value: 1 }, { weight: 79, value: 2 }]);
}

export function childrenInHousehold(f: Faker): number {
  return f.helpers.weightedArrayElement([{ weight: 42, value: 1 }, { weight: 40, value: 2 }, { weight: 13, value: 3 }, { weight: 5, value: 4 }]);
}

export const GOAL_WORDS: Record<string, string[]> = {
  home: ['Samen eten zonder ruzie', 'Een vast ritme voor het slapengaan', 'Een eigen kamer om rustig te zijn'],
  school_work: ['Ik wil weer met plezier naar school', 'Mijn diploma halen', 'Een bijbaantje vinden'],
  leisure_friends: ['Weer voetballen bij de club', 'Vrienden maken in de buurt', 'Iets leuks doen in het weekend'],
  health: ['Beter slapen', 'Minder blowen', 'Me minder somber voelen'],
  money: ['Overzicht over onze rekeningen', 'Geen nieuwe schulden maken'],
  safety: ['Dat iedereen zich veilig voelt thuis', 'Rustig blijven als we boos zijn'],
  other: ['Zelf beslissen over mijn eigen dingen'],
};

export const ACTION_WORDS = ['Samen een weekplanning maken', 'Oma vragen om op woensdag te helpen', 'Aanmelden bij de voetbalclub', 'Gesprek met de mentor plannen', 'Bellen met de schuldhulp'];
