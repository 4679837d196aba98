"""One 100 MB line, too big to commit: writes this case's input to argv[1]."""
import sys

out = open(sys.argv[1], 'w', encoding='utf-8')
out.write('# Org\n\n## Objectifs\n\n')
chunk = 'texte ' * 174763
for _ in range(100):
    out.write(chunk)
out.write('\n')
out.close()
