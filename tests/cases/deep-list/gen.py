"""3,000 nested list levels, too big to commit: writes this case's input to argv[1]."""
import sys

out = open(sys.argv[1], 'w', encoding='utf-8')
out.write('# Org\n\n## Objectifs\n\n')
out.write(''.join('  ' * i + '- niveau\n' for i in range(3000)))
out.close()
