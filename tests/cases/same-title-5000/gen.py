"""5,000 entries of the same name, too big to commit: writes this case's input to argv[1]."""
import sys

out = open(sys.argv[1], 'w', encoding='utf-8')
out.write('# Org\n\nTexte.\n\n' * 5000)
out.close()
