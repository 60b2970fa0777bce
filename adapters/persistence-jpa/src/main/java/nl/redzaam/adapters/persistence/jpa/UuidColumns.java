package nl.redzaam.adapters.persistence.jpa;

import java.sql.Types;
import java.util.UUID;
import org.eclipse.persistence.config.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.mappings.converters.Converter;
import org.eclipse.persistence.sessions.Session;

/**
 * Makes EclipseLink 4.0 bind {@link UUID} attributes as the database's {@code uuid} type in every
 * case. Its own UUID converter turns a UUID into a string; for a single attribute the value is
 * turned back into a UUID before binding, but a null UUID is bound as a {@code VARCHAR} null and
 * the values of an element collection of UUIDs are bound as strings, both of which PostgreSQL
 * refuses for a {@code uuid} column. This customizer replaces that converter: the UUID is bound as
 * it is, and null as a null of type {@link Types#OTHER}. Declared with {@code @Customizer} on every
 * entity of this adapter.
 */
public class UuidColumns implements DescriptorCustomizer {

  @Override
  public void customize(ClassDescriptor descriptor) {
    for (DatabaseMapping mapping : descriptor.getMappings()) {
      if (mapping instanceof DirectToFieldMapping direct
          && attributeType(descriptor, direct) == UUID.class) {
        direct.setConverter(new AsUuid());
      } else if (mapping instanceof DirectCollectionMapping collection
          && collection.getAttributeClassification() == UUID.class) {
        collection.setValueConverter(new AsUuid());
      }
    }
  }

  /**
   * The declared type of the mapped field, also when a mapped superclass declares it; the mapping
   * itself only learns it when initialized.
   */
  private static Class<?> attributeType(ClassDescriptor descriptor, DatabaseMapping mapping) {
    for (Class<?> c = descriptor.getJavaClass(); c != null; c = c.getSuperclass()) {
      try {
        return c.getDeclaredField(mapping.getAttributeName()).getType();
      } catch (NoSuchFieldException e) {
        // declared further up
      }
    }
    return null;
  }

  /** Keeps a UUID a UUID on its way to the database and back; marks the column as non-string. */
  static final class AsUuid implements Converter {

    private static final long serialVersionUID = 1L;

    @Override
    public Object convertObjectValueToDataValue(Object objectValue, Session session) {
      return objectValue;
    }

    @Override
    public Object convertDataValueToObjectValue(Object dataValue, Session session) {
      return dataValue == null || dataValue instanceof UUID
          ? dataValue
          : UUID.fromString(dataValue.toString());
    }

    @Override
    public boolean isMutable() {
      return false;
    }

    /** Runs once the mapping holds its final field: nulls are then bound as {@code OTHER}. */
    @Override
    public void initialize(DatabaseMapping mapping, Session session) {
      if (mapping instanceof DirectToFieldMapping direct) {
        direct.setFieldClassification(UUID.class);
        direct.getField().setSqlType(Types.OTHER);
      } else if (mapping instanceof DirectCollectionMapping collection) {
        collection.getDirectField().setType(UUID.class);
        collection.getDirectField().setSqlType(Types.OTHER);
      }
    }
  }
}
