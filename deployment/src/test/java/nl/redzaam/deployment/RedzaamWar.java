package nl.redzaam.deployment;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR exactly as built ({@code redzaam.war} is set by the failsafe configuration). */
public final class RedzaamWar {

  private RedzaamWar() {}

  public static WebArchive asBuilt() {
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
        .importFrom(new File(System.getProperty("redzaam.war")))
        .as(WebArchive.class);
  }
}
