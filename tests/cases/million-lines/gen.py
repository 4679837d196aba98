"""An entry of a million lines, too big to commit: writes this case's input to argv[1]."""
import sys

out = open(sys.argv[1], 'w', encoding='utf-8')
out.write('# Org\n\n## Objectifs\n\n' + 'ligne de texte\n' * 1000000)
out.close()
