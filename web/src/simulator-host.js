// The simulator page as a lender's host page: it hands the widget what a real host would, for the
// local sandbox (/sandbox/, web/sandbox/) that `npm start` serves: a token from a callback (a real
// host would get it from its own login; the sandbox accepts any token starting with "sandbox-"),
// each target's own fields (the payload's `partner`), and Credgenics' role header.
const simulator = document.querySelector('loan-simulator');

// The application's references where the target keeps one, from its idempotency key: the same on
// every retry of one application (after a timeout the first try may have arrived: a new loan_id
// would be a second loan at Credgenics), new for the next application.
const PARTNER = {
  kocek: (key) => ({ customer_id: `demo-customer-${key}`, loan_id: `demo-loan-${key}`, member_date: '2020-08-01' }),
  // Seed 001's example borrower, as the lender's onboarding would have collected it.
  dompetkilat: () => ({
    productCode: '95', officeName: 'PT ABC', startDate: '15/04/2001', address: 'Jl Merdeka No. 20', village: 'Kampung Jawa',
    subdistrict: 'Tanah Abang', city: 'Jakarta Pusat', province: 'DKI Jakarta', postalCode: '10250', job: 'Karyawan Swasta',
    jobType: 'Perantara Keuangan', jobOnline: 'Berbasis Internet / online', homeOwnership: 'MILIK SENDIRI',
    emergencyContactName: 'Banu', emergencyContactNumber: '6281234567892', emergencyContactRelationship: 'Saudara',
    religion: 'Islam', maritalStatus: 'BELUM KAWIN', education: 'SARJANA', motherMaidenName: 'Shizuka',
    bankName: 'BANK SINARMAS', bankAccountNumber: '007812342', asset: 'Rp 50.000.001 - Rp 500.000.000',
    familyCard: '123123123123123', workExperience: '> 3 Tahun', fotoKtp: 'https://example.com/ktp.png', fotoSelfie: 'https://example.com/selfie.png',
    references: {
      businessAddress: 'Jl. Kyai Tapa', businessVillage: 'Grogol', businessSubdistrict: 'Grogol Petamburan', businessCity: 'Jakarta Barat',
      businessProvince: 'DKI Jakarta', businessOwnership: 'MILIK SENDIRI', npwp: '123456789012345', jobPosition: 'Staff Akunting',
    },
  }),
  // Seed 002's example vehicle and borrower details.
  creditas: () => ({
    purpose: 'DEBTS_PAYMENT', professionalStatus: 'CLT', postalCode: '09181000', timeOfEmployment: 'LESS_THAN_SIX_MONTHS',
    collateral: { value: 15000, licensePlate: 'DPX1O73', borrowerVehicleOwner: true },
  }),
  credgenics: (key) => ({
    loan_id: `demo-${key}`, loan_type: 'Personal Loan',
    applicant_address: [{ applicant_address_type: 'Home', applicant_address_text: '395/13 Veer Dua Colony', applicant_state: 'Rajasthan', applicant_city: 'Jodhpur', applicant_pincode: 342001 }],
  }),
  // A number of at most 10 digits: the key's first 8 hex digits.
  creditpolicy: (key) => ({ Source: 'Web', ExternalIP: '127.0.0.1', ApplicationID: Number.parseInt(key.slice(0, 8), 16) }),
};

simulator.getToken = async () => 'sandbox-simulator-page';
simulator.submitPartner = ({ format, idempotencyKey }) => PARTNER[format](idempotencyKey);
simulator.submitHeaders = { role: 'loan-officer' };

// The tab's title and the page's language follow the widget's market (the page ships in English).
// The widget may have loaded its strings before this script ran: its first event is then past.
const followLocale = ({ locale, title }) => {
  document.documentElement.lang = locale;
  document.title = `${title} — loansim`;
};
simulator.addEventListener('loan-simulator:locale', ({ detail }) => followLocale(detail));
if (simulator.shownLocale) followLocale(simulator.shownLocale);
