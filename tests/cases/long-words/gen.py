"""1 MB words in every field, too big to commit: writes this case's input to argv[1]."""
import sys

out = open(sys.argv[1], 'w', encoding='utf-8')
w = 'é' * 500000
out.write('# %s\n\n## Coordonnées\n\n%s  \n75002 PARIS %s  \nTél : %s\n\n'
          '## **Personnes responsables**\n\n%s\n' % (w, w, w, w, w))
out.close()
