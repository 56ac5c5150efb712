import GatewayKit
import MessageSchema

/// The operations part's words.
enum OperationsPageStrings {
    static let all: PageStrings = [
        "operations_title": Localized(lt: "Operacijos", en: "Operations"),
        "operations_intro": Localized(
            lt: "Kiekvienos tarnybos būsena, kaip ją rodo „komunikactl status“, ir žinutės, kurių tarnyba negalėjo perskaityti ar pritaikyti.",
            en: "Every service's status as “komunikactl status” shows it, and the messages a service could not read or apply."),
        "accounts_link": Localized(lt: "Paskyros", en: "Accounts"),
        "failed_mails_link": Localized(lt: "Neišsiųsti laiškai", en: "Mails not sent"),
        "services": Localized(lt: "Tarnybos", en: "Services"),
        "service": Localized(lt: "Tarnyba", en: "Service"),
        "state": Localized(lt: "Būsena", en: "State"),
        "latest_seq": Localized(lt: "Paskutinis seq", en: "Latest seq"),
        "published_seq": Localized(lt: "Paskelbta iki seq", en: "Published up to seq"),
        "backlog": Localized(lt: "Laukia paskelbimo", en: "Outbox backlog"),
        "dead_letters": Localized(lt: "Nepritaikytos žinutės", en: "Dead letters"),
        "database_size": Localized(lt: "Duomenų bazė", en: "Database size"),
        "uptime": Localized(lt: "Veikia jau", en: "Uptime"),
        "log_level": Localized(lt: "Žurnalo lygis", en: "Log level"),
        "consumers": Localized(lt: "Ką ji gauna iš kitų tarnybų", en: "What it consumes from other services"),
        "source": Localized(lt: "Šaltinis", en: "Source"),
        "applied_seq": Localized(lt: "Pritaikyta iki seq", en: "Applied up to seq"),
        "source_latest": Localized(lt: "Šaltinio paskutinis seq", en: "Source's latest seq"),
        "lag": Localized(lt: "Atsilieka", en: "Lag"),
        "stopped": Localized(lt: "SUSTABDYTA", en: "STOPPED"),
        "no_consumers": Localized(lt: "Ši tarnyba kitų tarnybų žinučių negauna.", en: "This service consumes no other service."),
        "letter": Localized(lt: "Nr.", en: "No."),
        "type": Localized(lt: "Tipas", en: "Type"),
        "seq": "seq",
        "reason": Localized(lt: "Priežastis", en: "Reason"),
        "received": Localized(lt: "Gauta", en: "Received"),
        "attempts": Localized(lt: "Bandymai", en: "Attempts"),
        "actions": Localized(lt: "Veiksmai", en: "Actions"),
        "retry": Localized(lt: "Bandyti dar kartą", en: "Retry"),
        "retry_all": Localized(lt: "Bandyti visas dar kartą", en: "Retry them all"),
        "no_dead_letters": Localized(lt: "Nepritaikytų žinučių nėra.", en: "No dead letters."),
        "not_answering": Localized(lt: "neatsako", en: "not answering"),
        "error": Localized(lt: "Klaida", en: "Error"),
        "alert_title": Localized(lt: "Nepritaikytos žinutės ir neatsakančios tarnybos", en: "Dead letters and services not answering"),
        "to_operations": Localized(lt: "Į operacijų puslapį", en: "To the operations page"),
    ]

    /// A service as the staff call it.
    static func serviceName(_ service: ServiceName) -> Localized {
        switch service {
        case .gateway: Localized(lt: "Šliuzas (ši programa)", en: "Gateway (this application)")
        case .events: Localized(lt: "Renginiai", en: "Events")
        case .campaigns: Localized(lt: "Kampanijos", en: "Campaigns")
        case .mediaRelations: Localized(lt: "Žiniasklaida", en: "Media relations")
        case .brand: Localized(lt: "Prekės ženklas", en: "Brand")
        case .training: Localized(lt: "Mokymai", en: "Training")
        case .surveys: Localized(lt: "Apklausos", en: "Surveys")
        case .mail: Localized(lt: "El. paštas", en: "E-mail")
        }
    }

    static func state(of status: ServiceStatus) -> Localized {
        if status.paused { return Localized(lt: "sustabdyta (pauzė)", en: "paused") }
        return status.healthy ? Localized(lt: "veikia", en: "up") : Localized(lt: "sutrikusi", en: "unhealthy")
    }

    static func notAnswering(_ service: ServiceName, error: String) -> Localized {
        let name = serviceName(service)
        return Localized(lt: "„\(name.lt)“ neatsako: \(error)", en: "\(name.en) is not answering: \(error)")
    }

    static func retried(_ service: ServiceName, resolved: Int64, left: Int) -> Localized {
        let name = serviceName(service)
        return Localized(
            lt: "„\(name.lt)“: pavyko pritaikyti \(resolved), liko nepritaikytų \(left).",
            en: "\(name.en): \(resolved) resolved, \(left) still dead.")
    }

    static func retryFailed(_ service: ServiceName, error: String) -> Localized {
        let name = serviceName(service)
        return Localized(
            lt: "„\(name.lt)“ pakartoti nepavyko: \(error)", en: "Retrying at \(name.en) failed: \(error)")
    }

    /// A source a service no longer applies: what happened and what the operator does.
    static func stopped(_ stop: SourceStop, source: Localized, sourceId: String, appliedSeq: Int64, consumer: String) -> Localized {
        let command = "komunikactl reconcile \(consumer) \(sourceId)"
        let (lt, en): (String, String) =
            switch stop.reason {
            case .newEpoch:
                (
                    "„\(source.lt)“ atsako iš kitos duomenų bazės nei ta, iš kurios pritaikyta iki seq \(appliedSeq) (atkurta atsarginė kopija ar naujas failas)",
                    "\(source.en) answers from another database than the one applied up to seq \(appliedSeq) (a restored backup or a new file)"
                )
            case .seqBehind:
                (
                    "„\(source.lt)“ paskutinis seq yra \(stop.sourceLatestSeq), mažesnis nei pritaikytas \(appliedSeq) (grąžinta failo kopija ar prarasti įrašai)",
                    "\(source.en)'s latest seq is \(stop.sourceLatestSeq), below the \(appliedSeq) applied (a copy of its file put back, or writes lost)"
                )
            case .pruned:
                (
                    "„\(source.lt)“ jau išvalė savo žurnalą iki seq \(stop.prunedThrough ?? 0), toliau nei čia pritaikytas \(appliedSeq) (vartotojas pradėjo vėliau)",
                    "\(source.en) pruned its log through seq \(stop.prunedThrough ?? 0), past the \(appliedSeq) applied here (a consumer that started after)"
                )
            }
        return Localized(
            lt: lt + ". Jos žinutės nebetaikomos, kol operatorius suderins: \(command)",
            en: en + ". Its messages are no longer applied until the operator reconciles: \(command)")
    }

    static func alertLine(_ service: ServiceName, deadLetters: Int64) -> Localized {
        let name = serviceName(service)
        return Localized(lt: "\(name.lt): \(deadLetters)", en: "\(name.en): \(deadLetters)")
    }
}
