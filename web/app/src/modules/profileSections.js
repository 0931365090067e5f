import { scienceProfile } from './science.jsx';
import { talentProfile } from './talent.jsx';
import { associationsProfile } from './associations.jsx';
import { healthProfile } from './health.jsx';
import { educationProfile } from './education.jsx';
import { universityProfile } from './university.jsx';

/**
 * What each department module adds to a person's profile: the fields it puts on `Intellectual` and how to show them.
 * A module's section is asked for only when the host runs that module. A new module adds its file here.
 */
export const profileSections = [scienceProfile, healthProfile, educationProfile, universityProfile, talentProfile, associationsProfile];
