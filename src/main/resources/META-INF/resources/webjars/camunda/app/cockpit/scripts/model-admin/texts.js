/*
 * Dutch and French texts of the page. The language follows the browser's first preferred language, as Cockpit's own
 * translations do (config.js), with Dutch as the fallback there too, so the page speaks the language of the Cockpit
 * around it.
 */
const TEXTS = {
  nl: {
    nav: 'Modelbeheer',
    title: 'Modellen en lopende cycli',
    intro: 'Per proces de gedeployde versies en de lopende instanties per versie. Lopende instanties verhuizen naar '
      + 'een nieuwere versie in twee stappen: eerst controleren (er verandert niets), dan migreren.',
    loading: 'Laden…',
    refresh: 'Vernieuwen',
    forbidden: 'Deze pagina is alleen voor beheerders (leden van de groep camunda-admin). '
      + 'U bent niet aangemeld als beheerder: vraag een beheerder als u deze pagina nodig hebt.',
    unauthorized: 'Uw sessie is verlopen. Meld u opnieuw aan in Cockpit.',
    failed: 'De server antwoordde met een fout ({status}): {message}',
    unreachable: 'De server is niet bereikbaar: {message}',
    noProcesses: 'Er is geen enkel proces gedeployd.',
    version: 'Versie',
    deployedAt: 'Gedeployd op',
    source: 'Bron',
    deployment: 'Deployment',
    running: 'Lopende instanties',
    latest: 'nieuwste',
    from: 'Van',
    to: 'naar versie {version}',
    allOlder: 'alle oudere versies',
    versionN: 'versie {version}',
    check: 'Controleren',
    migrate: 'Migreren',
    confirm: 'De lopende instanties van {process} ({from}) nu naar versie {version} migreren? '
      + 'Een migratie kan niet ongedaan worden gemaakt.',
    confirmYes: 'Ja, migreren',
    cancel: 'Annuleren',
    singleVersion: 'Eén versie: er is niets te migreren.',
    nothingToMove: 'Geen lopende instanties op een oudere versie.',
    dryRunTitle: 'Controle naar versie {version} (er is niets veranderd)',
    runTitle: 'Migratie naar versie {version}',
    refusedTitle: 'Migratie naar versie {version} geweigerd',
    refused: 'Niet elke instantie kan verhuizen: er is niets gemigreerd.',
    found: 'Gevonden',
    canMove: 'Kan verhuizen',
    cannotMove: 'Kan niet verhuizen',
    moved: 'Gemigreerd',
    batch: 'Migratiebatch {batch}: de job executor verhuist de instanties binnen enkele seconden. '
      + 'Vernieuw daarna de pagina om de nieuwe aantallen te zien.',
    readyToMigrate: 'Alle gevonden instanties kunnen verhuizen.',
    instance: 'Instantie',
    businessKey: 'Business key',
    activities: 'Activiteiten',
    reasons: 'Redenen',
    deploymentsTitle: 'Historiek van de deployments',
    migrationsTitle: 'Historiek van de migraties',
    nothingRecorded: 'Nog niets geregistreerd.',
    showAll: 'Alle {count} tonen',
    recordedAt: 'Tijdstip',
    name: 'Naam',
    recordedBy: 'Door',
    processes: 'Processen',
    resources: 'Bestanden',
    process: 'Proces',
    fromVersions: 'Van versies',
    toVersion: 'Naar versie',
    instances: 'Instanties',
  },
  fr: {
    nav: 'Gestion des modèles',
    title: 'Modèles et cycles en cours',
    intro: 'Pour chaque processus, les versions déployées et les instances en cours par version. Les instances en '
      + 'cours passent à une version plus récente en deux étapes : d\'abord vérifier (rien ne change), puis migrer.',
    loading: 'Chargement…',
    refresh: 'Actualiser',
    forbidden: 'Cette page est réservée aux administrateurs (membres du groupe camunda-admin). '
      + 'Vous n\'êtes pas connecté en tant qu\'administrateur : adressez-vous à un administrateur si vous avez besoin de cette page.',
    unauthorized: 'Votre session a expiré. Reconnectez-vous à Cockpit.',
    failed: 'Le serveur a répondu par une erreur ({status}) : {message}',
    unreachable: 'Le serveur est injoignable : {message}',
    noProcesses: 'Aucun processus n\'est déployé.',
    version: 'Version',
    deployedAt: 'Déployée le',
    source: 'Source',
    deployment: 'Déploiement',
    running: 'Instances en cours',
    latest: 'la plus récente',
    from: 'De',
    to: 'vers la version {version}',
    allOlder: 'toutes les versions antérieures',
    versionN: 'version {version}',
    check: 'Vérifier',
    migrate: 'Migrer',
    confirm: 'Migrer maintenant les instances en cours de {process} ({from}) vers la version {version} ? '
      + 'Une migration ne peut pas être annulée.',
    confirmYes: 'Oui, migrer',
    cancel: 'Annuler',
    singleVersion: 'Une seule version : rien à migrer.',
    nothingToMove: 'Aucune instance en cours sur une version antérieure.',
    dryRunTitle: 'Vérification vers la version {version} (rien n\'a changé)',
    runTitle: 'Migration vers la version {version}',
    refusedTitle: 'Migration vers la version {version} refusée',
    refused: 'Toutes les instances ne peuvent pas passer : rien n\'a été migré.',
    found: 'Trouvées',
    canMove: 'Peuvent passer',
    cannotMove: 'Ne peuvent pas passer',
    moved: 'Migrées',
    batch: 'Lot de migration {batch} : l\'exécuteur de jobs déplace les instances en quelques secondes. '
      + 'Actualisez ensuite la page pour voir les nouveaux nombres.',
    readyToMigrate: 'Toutes les instances trouvées peuvent passer.',
    instance: 'Instance',
    businessKey: 'Clé métier',
    activities: 'Activités',
    reasons: 'Raisons',
    deploymentsTitle: 'Historique des déploiements',
    migrationsTitle: 'Historique des migrations',
    nothingRecorded: 'Rien d\'enregistré pour l\'instant.',
    showAll: 'Afficher les {count}',
    recordedAt: 'Moment',
    name: 'Nom',
    recordedBy: 'Par',
    processes: 'Processus',
    resources: 'Fichiers',
    process: 'Processus',
    fromVersions: 'Des versions',
    toVersion: 'Vers la version',
    instances: 'Instances',
  },
};

export function language() {
  const nav = window.navigator;
  const preferred = (Array.isArray(nav.languages) && nav.languages[0]) || nav.language || 'nl';
  return preferred.toLowerCase().startsWith('fr') ? 'fr' : 'nl';
}

/** The texts of one language: {@code t('key', {name: value})} fills the {name} placeholders. */
export function texts(lang = language()) {
  const table = TEXTS[lang];
  const t = (key, values = {}) => (table[key] ?? key).replace(/\{(\w+)\}/g, (all, name) =>
    (name in values ? String(values[name]) : all));
  t.lang = lang;
  t.pick = (bilingual) => (bilingual ? bilingual[lang] ?? bilingual.nl ?? bilingual.fr ?? '' : '');
  t.dateTime = (iso) => {
    if (!iso) {
      return '';
    }
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? String(iso)
      : date.toLocaleString(lang === 'fr' ? 'fr-BE' : 'nl-BE', { dateStyle: 'short', timeStyle: 'short' });
  };
  return t;
}
