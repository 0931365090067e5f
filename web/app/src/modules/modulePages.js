import { talentPage } from './talent.jsx';
import { associationsPage } from './associations.jsx';
import { healthPage } from './health.jsx';
import { educationPage } from './education.jsx';
import { universityPage } from './university.jsx';

/**
 * The pages department modules add to the menu: `section` is the address (#/<section>/…), `canOpen(user)` who is
 * offered it; a page is offered only when the host runs its module. A new module adds its page here.
 */
export const modulePages = [healthPage, educationPage, universityPage, talentPage, associationsPage];
