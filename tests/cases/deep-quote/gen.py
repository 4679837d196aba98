"""100,000 nested block quotes and brackets, too big to commit: writes this case's input to argv[1]."""
import sys

out = open(sys.argv[1], 'w', encoding='utf-8')
out.write('# Org\n\n## Objectifs\n\n' + '> ' * 100000 + 'x\n\n')
out.write('[' * 100000 + 'x' + ']' * 100000 + '\n\n' + '*' * 100000 + '\n')
out.close()
