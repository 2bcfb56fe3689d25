import re,sys,hashlib,base64,os
css=open('dist/_astro/'+[f for f in os.listdir('dist/_astro') if f.endswith('.css')][0]).read()
h="'sha256-"+base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()+"'"
for p in sys.argv[1:]:
    f='dist/'+p+'index.html'; s=open(f).read()
    s=re.sub(r'<link rel="stylesheet" href="[^"]+\.css">','<style>'+css.replace('\\','\\\\')+'</style>',s)
    s=s.replace("style-src 'self'","style-src 'self' "+h,1)
    os.makedirs('dist/inl/'+p,exist_ok=True); open('dist/inl/'+p+'index.html','w').write(s)
