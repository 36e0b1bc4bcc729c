-- Demo data, applied only in dev mode and tests (quarkus.flyway.locations adds db/demo there), never in production,
-- where an administrator records the operators the Region recognises.
-- Training operators of the Liège and Namur areas, with the axes they are recognised for. The demo trainer accounts
-- (DemoAccounts) belong to ILI-LIEGE and FOREM-LIEGE. Names and addresses are illustrative.
-- The demo case files (DemoCaseFiles) also enrol persons of the other CRIs: one ILI (citizenship and French) and one
-- Forem office (French and socio-professional orientation) per area, and a Forem office in Namur.

insert into operator (code, name, kind, street, postal_code, locality) values
  ('ILI-LIEGE', 'Espace Citoyen Liège — Initiative locale d''intégration', 'ILI', 'Rue Saint-Léonard 112', '4000', 'Liège'),
  ('FOREM-LIEGE', 'Le Forem — Direction régionale de Liège', 'FOREM', 'Rue Natalis 2', '4020', 'Liège'),
  ('CISP-NAMUR', 'Alpha Confluent — Centre d''insertion socioprofessionnelle', 'CISP', 'Rue des Brasseurs 45', '5000', 'Namur'),
  ('ILI-NAMUR', 'Maison de l''Accueil de Namur — Initiative locale d''intégration', 'ILI', 'Rue Godefroid 20', '5000', 'Namur'),
  ('FOREM-NAMUR', 'Le Forem — Direction régionale de Namur', 'FOREM', 'Avenue Prince de Liège 137', '5100', 'Namur'),
  ('ILI-CHARLEROI', 'Espace Accueil Charleroi — Initiative locale d''intégration', 'ILI', 'Rue de Marcinelle 30', '6000', 'Charleroi'),
  ('FOREM-CHARLEROI', 'Le Forem — Direction régionale de Charleroi', 'FOREM', 'Boulevard Tirou 104', '6000', 'Charleroi'),
  ('ILI-MONS', 'Maison des Cultures de Mons — Initiative locale d''intégration', 'ILI', 'Rue de Nimy 12', '7000', 'Mons'),
  ('FOREM-MONS', 'Le Forem — Direction régionale de Mons', 'FOREM', 'Rue Lamir 16', '7000', 'Mons'),
  ('ILI-CENTRE', 'Accueil et Citoyenneté du Centre — Initiative locale d''intégration', 'ILI', 'Rue Albert Ier 8', '7100', 'La Louvière'),
  ('FOREM-CENTRE', 'Le Forem — Direction régionale de La Louvière', 'FOREM', 'Rue Sylvain Guyaux 49', '7100', 'La Louvière'),
  ('ILI-BW', 'Accueil Brabant wallon — Initiative locale d''intégration', 'ILI', 'Rue du Pont du Christ 44', '1300', 'Wavre'),
  ('FOREM-BW', 'Le Forem — Direction régionale du Brabant wallon', 'FOREM', 'Rue de Namur 59', '1400', 'Nivelles'),
  ('ILI-LUX', 'Accueil Luxembourg — Initiative locale d''intégration', 'ILI', 'Grand-Rue 28', '6700', 'Arlon'),
  ('FOREM-LUX', 'Le Forem — Direction régionale du Luxembourg', 'FOREM', 'Avenue de Bouillon 45', '6800', 'Libramont-Chevigny'),
  ('ILI-VERVIERS', 'Espace Rencontre Verviers — Initiative locale d''intégration', 'ILI', 'Rue des Martyrs 15', '4800', 'Verviers'),
  ('FOREM-VERVIERS', 'Le Forem — Direction régionale de Verviers', 'FOREM', 'Rue Jules Cerexhe 88', '4800', 'Verviers')
on conflict (code) do nothing;

insert into operator_recognition (operator_code, axis) values
  ('ILI-LIEGE', 'CITIZENSHIP'),
  ('ILI-LIEGE', 'FRENCH'),
  ('FOREM-LIEGE', 'FRENCH'),
  ('FOREM-LIEGE', 'SOCIO_PROFESSIONAL'),
  ('CISP-NAMUR', 'FRENCH'),
  ('ILI-NAMUR', 'CITIZENSHIP'),
  ('ILI-NAMUR', 'FRENCH'),
  ('FOREM-NAMUR', 'FRENCH'), ('FOREM-NAMUR', 'SOCIO_PROFESSIONAL'),
  ('ILI-CHARLEROI', 'CITIZENSHIP'), ('ILI-CHARLEROI', 'FRENCH'),
  ('FOREM-CHARLEROI', 'FRENCH'), ('FOREM-CHARLEROI', 'SOCIO_PROFESSIONAL'),
  ('ILI-MONS', 'CITIZENSHIP'), ('ILI-MONS', 'FRENCH'),
  ('FOREM-MONS', 'FRENCH'), ('FOREM-MONS', 'SOCIO_PROFESSIONAL'),
  ('ILI-CENTRE', 'CITIZENSHIP'), ('ILI-CENTRE', 'FRENCH'),
  ('FOREM-CENTRE', 'FRENCH'), ('FOREM-CENTRE', 'SOCIO_PROFESSIONAL'),
  ('ILI-BW', 'CITIZENSHIP'), ('ILI-BW', 'FRENCH'),
  ('FOREM-BW', 'FRENCH'), ('FOREM-BW', 'SOCIO_PROFESSIONAL'),
  ('ILI-LUX', 'CITIZENSHIP'), ('ILI-LUX', 'FRENCH'),
  ('FOREM-LUX', 'FRENCH'), ('FOREM-LUX', 'SOCIO_PROFESSIONAL'),
  ('ILI-VERVIERS', 'CITIZENSHIP'), ('ILI-VERVIERS', 'FRENCH'),
  ('FOREM-VERVIERS', 'FRENCH'), ('FOREM-VERVIERS', 'SOCIO_PROFESSIONAL')
on conflict do nothing;

-- Whether the demo case files were generated (DemoCaseFiles), so that a restart on a kept data directory adds none.
create table if not exists demo_generation (
    name         varchar(40) primary key,
    generated_at timestamptz not null,
    persons      integer     not null
);
