package parley.codegen;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs the EMF generator headless (no OSGi, no workspace) for Parley's genmodel and
 * generates the MODEL and EDIT code.
 *
 * <p>Usage: {@code Regenerate <repository-root> [genmodel, relative to <root>/bundles]}
 *
 * <p>{@code platform:/resource/} is mapped to {@code <root>/bundles/}, so a genmodel
 * {@code modelDirectory="/parley.model/src-gen"} lands in {@code bundles/parley.model/src-gen}.
 * Existing Java files are merged (bodies marked {@code @generated NOT} survive); with
 * {@code updateClasspath="false"} in the genmodel, existing MANIFEST.MF and
 * build.properties files are left alone.
 *
 * <p>Exit codes: 0 success, 1 a diagnostic error (or the generator logged an
 * exception), 2 usage or load error, 3 unexpected failure.
 */
public final class Regenerate {

  private static final String DEFAULT_GENMODEL = "parley.model/model/parley.genmodel";

  private Regenerate() {
  }

  public static void main(String[] args) {
    int rc;
    try {
      rc = run(args);
    } catch (Throwable t) {
      t.printStackTrace();
      rc = 3;
    }
    System.out.flush();
    System.err.flush();
    System.exit(rc);
  }

  static int run(String[] args) throws Exception {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: Regenerate <repository-root> [genmodel relative to <root>/bundles, default "
          + DEFAULT_GENMODEL + "]");
      return 2;
    }
    long start = System.nanoTime();
    Path root = Paths.get(args[0]).toAbsolutePath().normalize();
    Path bundles = root.resolve("bundles");
    Path genModelFile = bundles.resolve(args.length > 1 ? args[1] : DEFAULT_GENMODEL).normalize();
    if (!Files.isRegularFile(genModelFile)) {
      System.err.println("regenerate: genmodel not found: " + genModelFile);
      return 2;
    }

    // Standalone EMF set-up.
    EcorePackage.eINSTANCE.eClass();
    GenModelPackage.eINSTANCE.eClass();
    ResourceSet resourceSet = new ResourceSetImpl();
    Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
    factories.put("ecore", new EcoreResourceFactoryImpl());
    factories.put("genmodel", new XMIResourceFactoryImpl());
    factories.put(Resource.Factory.Registry.DEFAULT_EXTENSION, new XMIResourceFactoryImpl());
    // The generator reads and writes through this URI converter (Options.resourceSet below).
    URI bundlesUri = URI.createFileURI(bundles.toString()).appendSegment("");
    resourceSet.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/", false), bundlesUri);

    String relative = bundles.relativize(genModelFile).toString().replace('\\', '/');
    URI genModelUri = URI.createPlatformResourceURI(relative, true);
    Resource resource;
    try {
      resource = resourceSet.getResource(genModelUri, true);
    } catch (RuntimeException e) {
      System.err.println("regenerate: cannot load " + genModelFile + ": " + e.getMessage());
      return 2;
    }
    if (!resource.getErrors().isEmpty()) {
      resource.getErrors().forEach(d -> System.err.println("regenerate: " + d.getMessage()));
      return 2;
    }
    GenModel genModel = (GenModel) resource.getContents().get(0);
    if (!genModel.reconcile()) {
      System.err.println("regenerate: the genmodel could not be reconciled with its .ecore");
      return 1;
    }
    genModel.setCanGenerate(true); // without it generate() returns OK and writes nothing

    // Validate the .ecore first: the generator does not, and a broken model (e.g. a
    // feature without a type) makes its templates fail half-way through a run.
    boolean invalid = false;
    for (GenPackage genPackage : genModel.getAllGenPackagesWithClassifiers()) {
      Diagnostic ecoreDiagnostic = Diagnostician.INSTANCE.validate(genPackage.getEcorePackage());
      report("ecore " + genPackage.getPackageName(), ecoreDiagnostic);
      invalid |= ecoreDiagnostic.getSeverity() >= Diagnostic.ERROR;
    }
    Diagnostic diagnostic = genModel.diagnose();
    report("genmodel", diagnostic);
    if (invalid || diagnostic.getSeverity() >= Diagnostic.ERROR) {
      System.err.println("regenerate: model errors, nothing generated");
      return 1;
    }

    List<Path> projects = new ArrayList<>();
    projects.add(projectDir(bundles, genModel.getModelProjectDirectory()));
    projects.add(projectDir(bundles, genModel.getEditProjectDirectory()));
    Map<Path, String> before = snapshot(projects);

    Generator generator = new Generator();
    generator.getAdapterFactoryDescriptorRegistry()
        .addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
    generator.getOptions().resourceSet = resourceSet;
    generator.setInput(genModel);

    // Java generation failures come back in the Diagnostic, but failures while writing
    // text files (MANIFEST.MF, plugin.xml, build.properties) are only logged to
    // System.err: count what is written there while the generator runs.
    PrintStream originalErr = System.err;
    CountingStream errCount = new CountingStream(originalErr);
    System.setErr(new PrintStream(errCount, true, StandardCharsets.UTF_8));
    boolean failed = false;
    try {
      String[][] types = {
          {GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, "model"},
          {GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, "edit"}};
      for (String[] type : types) {
        Diagnostic result = generator.generate(genModel, type[0], new BasicMonitor());
        report(type[1], result);
        failed |= result.getSeverity() >= Diagnostic.ERROR;
      }
    } finally {
      System.err.flush();
      System.setErr(originalErr);
    }
    if (errCount.count > 0) {
      System.err.println("regenerate: the generator reported errors (see above)");
      failed = true;
    }

    Map<Path, String> after = snapshot(projects);
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    for (Map.Entry<Path, String> e : after.entrySet()) {
      String old = before.get(e.getKey());
      String rel = bundles.relativize(e.getKey()).toString();
      if (old == null) {
        created++;
        System.out.println("  created  " + rel);
      } else if (!old.equals(e.getValue())) {
        updated++;
        System.out.println("  updated  " + rel);
      } else {
        unchanged++;
      }
    }
    System.out.printf("regenerate: %s -> %s: %d created, %d updated, %d unchanged (%d ms)%n",
        root.relativize(genModelFile), projects.stream().map(p -> root.relativize(p).toString()).toList(),
        created, updated, unchanged, (System.nanoTime() - start) / 1_000_000);
    return failed ? 1 : 0;
  }

  private static Path projectDir(Path bundles, String workspacePath) {
    String p = workspacePath.startsWith("/") ? workspacePath.substring(1) : workspacePath;
    return bundles.resolve(p).normalize();
  }

  private static void report(String what, Diagnostic diagnostic) {
    if (diagnostic.getSeverity() == Diagnostic.OK) {
      return;
    }
    print(what, diagnostic, "");
  }

  private static void print(String what, Diagnostic d, String indent) {
    if (d.getSeverity() == Diagnostic.OK) {
      return;
    }
    String severity = switch (d.getSeverity()) {
      case Diagnostic.ERROR -> "ERROR";
      case Diagnostic.WARNING -> "WARNING";
      case Diagnostic.INFO -> "INFO";
      case Diagnostic.CANCEL -> "CANCEL";
      default -> "OK";
    };
    PrintStream out = d.getSeverity() >= Diagnostic.ERROR ? System.err : System.out;
    if (d.getMessage() != null) {
      out.println("regenerate: " + what + ": " + indent + severity + " " + d.getMessage());
    }
    if (d.getException() != null) {
      d.getException().printStackTrace(out);
    }
    for (Diagnostic child : d.getChildren()) {
      print(what, child, indent + "  ");
    }
  }

  /** Content hashes of every file of the given projects (build output excluded). */
  private static Map<Path, String> snapshot(List<Path> projects) throws IOException {
    Map<Path, String> result = new TreeMap<>();
    for (Path project : projects) {
      if (!Files.isDirectory(project)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(project)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          Path rel = project.relativize(file);
          String first = rel.getNameCount() > 0 ? rel.getName(0).toString() : "";
          if (first.equals("bin") || first.equals("target") || !Files.isRegularFile(file)) {
            continue;
          }
          result.put(file, sha256(Files.readAllBytes(file)));
        }
      }
    }
    return result;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Forwards to a stream and counts what was written. */
  private static final class CountingStream extends OutputStream {
    private final OutputStream delegate;
    long count;

    CountingStream(OutputStream delegate) {
      this.delegate = delegate;
    }

    @Override
    public void write(int b) throws IOException {
      count++;
      delegate.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      count += len;
      delegate.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      delegate.flush();
    }
  }
}
