"""gunicorn's settings for the portal (README, "Running it in production").

gunicorn reads this file when it starts in the checkout; the README's command names it
with ``--config`` as well, so that a service started elsewhere fails instead of logging
with gunicorn's defaults. Options on the command line win over it.
"""

# One line per request on standard output, naming no visitor: gunicorn's default format
# has the client's address, browser and referring page, and the full request line, whose
# query string can hold what someone searched for. The privacy policy ("Aufruf der
# Seiten") lists what this line holds; the reverse proxy's log is the one with addresses.
accesslog = "-"
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(b)s %(M)sms'
