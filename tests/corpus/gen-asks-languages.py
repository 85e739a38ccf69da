#!/usr/bin/env python3
"""Writes the fixtures of tests/corpus/asks-languages.js under tests/fixtures/<host>/...

Run from the repository root: python3 tests/corpus/gen-asks-languages.py
"""

import importlib.util
import os

_HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location('gen_redteam11', os.path.join(_HERE, 'gen-redteam11.py'))
_r11 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_r11)
write, site_page, G_MARK = _r11.write, _r11.site_page, _r11.G_MARK


def lure(host, path, title, site, lang, heading, ask, account_label, password_label, button):
    """A plain card: a heading, the line asking for the provider's password, an address filled in, a password box."""
    write(host, f'{path}index.html', site_page(title, site, f"""<h1>{heading}</h1>
<p>{ask}</p>
<form action="{path}weiter" method="post"><label>{account_label}</label><input class="inp" type="email" name="email" value="m.keller@fabrikam-logistik.de" readonly>
<label>{password_label}</label><input class="inp" type="password" name="pw"><button class="btn">{button}</button></form>""", lang=lang))


def main():
    lure('dokumente-freigabe-portal.de', '/ansicht/', 'Dokument freigegeben', 'Dokumentenfreigabe', 'de',
         'Ein Dokument wurde für Sie freigegeben', 'Geben Sie Ihr Microsoft-Kennwort ein, um das Dokument „Rechnung_0412.pdf“ anzuzeigen.',
         'E-Mail-Adresse', 'Kennwort', 'Anzeigen')
    lure('facture-consultation.fr', '/voir/', 'Facture disponible', 'Espace factures', 'fr',
         'Votre facture est disponible', 'Entrez votre mot de passe Microsoft pour consulter la facture FA-2291.',
         'Adresse e-mail', 'Mot de passe', 'Consulter')
    lure('factura-descarga.es', '/descargar/', 'Factura pendiente', 'Portal de facturas', 'es',
         'Tiene una factura pendiente', 'Introduce tu contraseña de Microsoft para descargar la factura 2291.',
         'Correo electrónico', 'Contraseña', 'Descargar')
    lure('boleto-visualizar.com.br', '/doc/', 'Boleto disponível', 'Central de boletos', 'pt-BR',
         'Seu boleto está disponível', 'Digite sua senha do Google para visualizar o boleto de dezembro.',
         'E-mail', 'Senha', 'Visualizar')
    lure('pakket-volgen-info.nl', '/zending/', 'Zending in behandeling', 'Pakketinformatie', 'nl',
         'Uw zending wacht op bevestiging', 'Voer uw Microsoft-wachtwoord in om de zending te bekijken.',
         'E-mailadres', 'Wachtwoord', 'Bekijken')

    # A college IT help page: the same German words as advice, beside the help desk's own login.
    write('it.hochschule-lindenau.de', '/hilfe/kennwort/index.html', site_page('Kennwort-Sicherheit – IT-Service', 'IT-Service Hochschule Lindenau', """<h1>Sicher mit Ihrem Kennwort umgehen</h1>
<p>Geben Sie Ihr Microsoft-Kennwort nie auf anderen Websites ein. Melden Sie sich nur unter login.microsoftonline.com an, und
melden Sie verdächtige E-Mails an das IT-Service-Team.</p>
<h2>Ticketsystem</h2>
<form action="/tickets/anmelden" method="post"><label>Benutzername (Ticketsystem)</label><input class="inp" type="text" name="user" autocomplete="username">
<label>Kennwort (Ticketsystem)</label><input class="inp" type="password" name="pw" autocomplete="current-password"><button class="btn">Anmelden</button></form>""", lang='de'))
    # A Dutch bike rental's own sign-in with a Google button, and a French bookshop's.
    write('www.fietsverhuur-amstel.nl', '/inloggen/index.html', site_page('Inloggen – Fietsverhuur Amstel', 'Fietsverhuur Amstel', f"""<h1>Inloggen</h1>
<p>Voer uw e-mailadres en wachtwoord in om uw reserveringen te bekijken.</p>
<form action="/inloggen" method="post"><label>E-mailadres</label><input class="inp" type="email" name="email" autocomplete="username">
<label>Wachtwoord</label><input class="inp" type="password" name="pw" autocomplete="current-password"><button class="btn">Inloggen</button></form>
<p><button class="btn" type="button">{G_MARK} Ga verder met Google</button></p>""", lang='nl'))
    write('www.librairie-des-quais.fr', '/compte/index.html', site_page('Mon compte – Librairie des Quais', 'Librairie des Quais', f"""<h1>Connexion à votre compte</h1>
<p>Entrez votre mot de passe pour retrouver vos commandes. Vous pouvez aussi continuer avec Google.</p>
<form action="/compte/connexion" method="post"><label>Adresse e-mail</label><input class="inp" type="email" name="email" autocomplete="username">
<label>Mot de passe</label><input class="inp" type="password" name="pw" autocomplete="current-password"><button class="btn">Se connecter</button></form>
<p><button class="btn" type="button">{G_MARK} Se connecter avec Google</button></p>""", lang='fr'))


if __name__ == '__main__':
    main()
