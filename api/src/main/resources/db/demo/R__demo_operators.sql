-- Demo data, applied only in dev mode and tests (quarkus.flyway.locations adds db/demo there), never in production,
-- where an administrator records the operators the Region recognises.
-- Training operators of the Liège and Namur areas, with the axes they are recognised for. The demo trainer accounts
-- (DemoAccounts) belong to ILI-LIEGE and FOREM-LIEGE. Names and addresses are illustrative.

insert into operator (code, name, kind, street, postal_code, locality) values
  ('ILI-LIEGE', 'Espace Citoyen Liège — Initiative locale d''intégration', 'ILI', 'Rue Saint-Léonard 112', '4000', 'Liège'),
  ('FOREM-LIEGE', 'Le Forem — Direction régionale de Liège', 'FOREM', 'Rue Natalis 2', '4020', 'Liège'),
  ('CISP-NAMUR', 'Alpha Confluent — Centre d''insertion socioprofessionnelle', 'CISP', 'Rue des Brasseurs 45', '5000', 'Namur'),
  ('ILI-NAMUR', 'Maison de l''Accueil de Namur — Initiative locale d''intégration', 'ILI', 'Rue Godefroid 20', '5000', 'Namur')
on conflict (code) do nothing;

insert into operator_recognition (operator_code, axis) values
  ('ILI-LIEGE', 'CITIZENSHIP'),
  ('ILI-LIEGE', 'FRENCH'),
  ('FOREM-LIEGE', 'FRENCH'),
  ('FOREM-LIEGE', 'SOCIO_PROFESSIONAL'),
  ('CISP-NAMUR', 'FRENCH'),
  ('ILI-NAMUR', 'CITIZENSHIP'),
  ('ILI-NAMUR', 'FRENCH')
on conflict do nothing;
