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

# Threads, not processes, carry the concurrency: a request mostly waits for PostgreSQL,
# and a thread costs little memory. 2 workers × 8 threads is what a small server with 2
# CPUs serves well and what the upload limits are sized for (portal/images.py); set
# --workers to about the number of CPUs on larger ones. Each thread keeps one database
# connection open. Slow clients would hold these threads: gunicorn belongs behind nginx
# as deploy/nginx/portal.conf sets it up, which hands it only complete requests.
worker_class = "gthread"
workers = 2
threads = 8
# A request still running after 30 s is stopped; nginx waits 35 s for an answer.
timeout = 30
graceful_timeout = 10
# nginx opens a connection per request (deploy/nginx/portal.conf says why); an idle
# connection of anything else that talks to gunicorn directly is closed after 5 s.
keepalive = 5
