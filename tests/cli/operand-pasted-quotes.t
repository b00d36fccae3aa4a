$ raserr '“691”' '‘691’' '«691»' -f tsv | cut -f1,12
--- stdout
691	“691”
691	‘691’
691	«691»
--- stderr
--- exit 0
