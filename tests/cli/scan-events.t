$ raserr -s -f tsv ../scan/events/*.xml ../scan/events/*.txt ../scan/events/*.csv | cut -f1,14,15,17
--- stdout
13868	../scan/events/rasclient-20227-pretty.utf16.xml:11	2	RasClient 20227
691	../scan/events/remoteaccess-20271-eventviewer.xml:20	4	RemoteAccess 20271
812	../scan/events/remoteaccess-20271-oneline.xml:1	1	RemoteAccess 20271
809	../scan/events/rasclient-20227-copy-details.txt:11	4	RasClient 20227
13806	../scan/events/rasclient-eventviewer-tab.txt:2	1	RasClient 20227
13801	../scan/events/rasclient-wevtutil.txt:14	3	RasClient 20227
829	../scan/events/rasclient-wevtutil.txt:29	2	RasClient 20226
--- stderr
--- exit 0
