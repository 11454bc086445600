import java.net.*; import java.lang.reflect.*; import java.util.*;
/**
 * Runs each build's Probe in its own class loader, alternating 12 rounds per operation; prints min
 * and median. Operations from -Dab.ops (comma-separated; default plan), each with its own rounds.
 */
public class AB {
  public static void main(String[] a) throws Exception {
    String[] ops = System.getProperty("ab.ops", "plan").split(",");
    int k = a.length; Method[] m = new Method[k];
    for (int i = 0; i < k; i++) {
      String[] parts = a[i].split(",");
      URL[] urls = new URL[parts.length]; for (int j=0;j<parts.length;j++) urls[j]=new java.io.File(parts[j]).toURI().toURL();
      ClassLoader cl = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
      Thread.currentThread().setContextClassLoader(cl);
      m[i] = cl.loadClass("org.regimen.benchmarks.Probe").getMethod("measure", String.class, int.class);
      for (String op : ops) m[i].invoke(null, op, 300000 / ops.length);
    }
    for (String op : ops) {
      double[][] res = new double[k][12];
      for (int round = 0; round < 12; round++)
        for (int i = 0; i < k; i++) { Thread.currentThread().setContextClassLoader(m[i].getDeclaringClass().getClassLoader()); res[i][round] = (double) m[i].invoke(null, op, 100000); }
      for (int i = 0; i < k; i++) { double[] x = res[i].clone(); Arrays.sort(x); System.out.printf("%s %d: min %.2f  median %.2f us/op%n", op, i, x[0], (x[5]+x[6])/2); }
    }
  }
}
