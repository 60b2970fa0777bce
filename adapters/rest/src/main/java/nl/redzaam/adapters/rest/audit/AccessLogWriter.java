package nl.redzaam.adapters.rest.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import nl.redzaam.application.port.AccessRecords;
import nl.redzaam.application.port.AccessRecords.AccessRecord;

/** Appends records in a transaction of their own: a rolled-back request is still logged. */
@ApplicationScoped
public class AccessLogWriter {

  @Inject AccessRecords records;

  @Transactional(TxType.REQUIRES_NEW)
  public void append(List<AccessRecord> batch) {
    batch.forEach(records::append);
  }
}
