/** Greek UI strings. Corrections by native readers are welcome. */
import type { Translation } from './en.js';

const el: Translation = {
  $code: 'el',
  $name: 'Ελληνικά',
  $dir: 'ltr',
  retry: 'Δοκιμάστε ξανά',
  byline: 'Κείμενο: {names}',
  published: 'Δημοσίευση: {date}',
  updated: 'Ενημέρωση: {date}',
  advertisement: 'Διαφήμιση',
  articleLoading: 'Φόρτωση άρθρου…',
  articleError: 'Δεν ήταν δυνατή η προβολή του άρθρου.',
  locked: 'Το άρθρο είναι μόνο για συνδρομητές ή απαιτεί κωδικό πρόσβασης στον ιστότοπό του.',
  readOnSite: 'Διαβάστε το στον ιστότοπό του',
  share: 'Κοινοποίηση',
  shareOn: 'Κοινοποίηση στο {network}',
  email: 'Email',
  shareByEmail: 'Κοινοποίηση με email',
  copyLink: 'Αντιγραφή συνδέσμου',
  moreOptions: 'Περισσότερες επιλογές',
  linkCopied: 'Ο σύνδεσμος αντιγράφηκε',
  linkNotCopied: 'Δεν ήταν δυνατή η αντιγραφή του συνδέσμου',
  mastodonServer: 'Ο διακομιστής σας στο Mastodon',
  mastodonServerInvalid: 'Πληκτρολογήστε το όνομα ενός διακομιστή, π.χ. mastodon.social',
  cancel: 'Ακύρωση',
  shareError: 'Δεν ήταν δυνατή η προβολή των συνδέσμων κοινοποίησης.',
  relatedHeading: 'Σχετικά άρθρα',
  carousel: 'καρουζέλ',
  slide: 'διαφάνεια',
  slidePosition: '{n} από {total}',
  previous: 'Προηγούμενο',
  next: 'Επόμενο',
  relatedLoading: 'Φόρτωση σχετικών άρθρων…',
  relatedError: 'Δεν ήταν δυνατή η προβολή των σχετικών άρθρων.',
};

export default el;
