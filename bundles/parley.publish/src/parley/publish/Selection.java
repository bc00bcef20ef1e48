package parley.publish;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import parley.core.curation.CurationState;
import parley.core.service.EntryType;
import parley.model.playbook.Audience;
import parley.model.playbook.Channel;
import parley.model.playbook.Entry;
import parley.model.playbook.Status;
import parley.model.playbook.Tag;

/**
 * Which part of a playbook to publish. Empty sets match everything; within one criterion any value matches
 * (tag "empathy" or "listening"), across criteria all must match (approved <em>and</em> tagged "empathy").
 * Sources are not filtered by tags, channels or audiences: the edition cites the sources its entries draw on.
 *
 * <p><b>What teams receive.</b> By default an edition holds only approved entries ({@link CurationState#APPROVED}):
 * no draft, nothing in review, nothing changed since its approval. Unapproved entries come in when
 * {@code includeUnapproved} is set, or when {@code statuses} names their status explicitly (draft, in review);
 * either way the layouts mark each of them, and the edition, as a draft. A retired entry is never published as
 * guidance, whatever the criteria ("what changed" names retired wording under "Stop saying").
 *
 * @param types     entry types to include (empty: all)
 * @param tags      tag names, compared ignoring case (empty: any)
 * @param statuses  curation statuses (empty: any)
 * @param channels  channels (empty: any)
 * @param audiences audience names, compared ignoring case (empty: any)
 * @param scenarios scenario ids, id prefixes or titles: only these scenarios (empty: every scenario that
 *                  matches the other criteria)
 * @param includeUnapproved whether drafts, entries in review and entries changed since approval are included
 *                  (marked as drafts); false: approved entries only, unless {@code statuses} names others
 */
public record Selection(Set<EntryType> types, Set<String> tags, Set<Status> statuses, Set<Channel> channels,
		Set<String> audiences, List<String> scenarios, boolean includeUnapproved) {

	/** The whole playbook as teams receive it: every approved entry. */
	public static final Selection ALL = new Selection(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), List.of());

	/** The criteria with approved entries only (unless {@code statuses} names other statuses). */
	public Selection(Set<EntryType> types, Set<String> tags, Set<Status> statuses, Set<Channel> channels,
			Set<String> audiences, List<String> scenarios) {
		this(types, tags, statuses, channels, audiences, scenarios, false);
	}

	public Selection {
		types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
		tags = lowerCase(tags);
		statuses = Set.copyOf(statuses);
		channels = Set.copyOf(channels);
		audiences = lowerCase(audiences);
		scenarios = List.copyOf(scenarios);
	}

	private static Set<String> lowerCase(Collection<String> names) {
		Set<String> result = new LinkedHashSet<>();
		for (String name : names) {
			if (!name.isBlank()) {
				result.add(name.strip().toLowerCase(Locale.ROOT));
			}
		}
		return Set.copyOf(result);
	}

	/** The same criteria, with or without the unapproved entries. */
	public Selection withUnapproved(boolean include) {
		return new Selection(types, tags, statuses, channels, audiences, scenarios, include);
	}

	/**
	 * Whether an entry in this curation state may be published: never when retired; when approved, always;
	 * otherwise when unapproved entries are included or the status filter names the entry's status.
	 */
	public boolean admits(Entry entry, CurationState state) {
		if (state == CurationState.RETIRED) {
			return false;
		}
		if (state.isApproved() || includeUnapproved) {
			return true;
		}
		return entry.getStatus() != Status.APPROVED && statuses.contains(entry.getStatus());
	}

	/** Whether the given type is part of the edition. */
	public boolean includes(EntryType type) {
		return types.isEmpty() || types.contains(type);
	}

	/**
	 * Whether a technique, phrase or scenario matches the tag, status, channel and audience criteria and may be
	 * published ({@link #admits}).
	 */
	public boolean matches(Entry entry) {
		return matches(entry, CurationState.of(entry));
	}

	/** As {@link #matches(Entry)}, with the entry's curation state already worked out. */
	public boolean matches(Entry entry, CurationState state) {
		if (!includes(EntryType.of(entry.eClass())) || !admits(entry, state)) {
			return false;
		}
		if (!statuses.isEmpty() && !statuses.contains(entry.getStatus())) {
			return false;
		}
		if (!tags.isEmpty() && entry.getTags().stream().noneMatch(t -> named(t, tags))) {
			return false;
		}
		if (!channels.isEmpty() && entry.getChannels().stream().noneMatch(channels::contains)) {
			return false;
		}
		return audiences.isEmpty() || entry.getAudiences().stream().anyMatch(a -> named(a, audiences));
	}

	/** Whether a source passes the status criteria and may be published (sources carry no tags or channels). */
	public boolean matchesSource(Entry source, CurationState state) {
		return admits(source, state) && (statuses.isEmpty() || statuses.contains(source.getStatus()));
	}

	private static boolean named(Tag tag, Set<String> names) {
		return !tag.eIsProxy() && tag.getName() != null && names.contains(tag.getName().toLowerCase(Locale.ROOT));
	}

	private static boolean named(Audience audience, Set<String> names) {
		return !audience.eIsProxy() && audience.getName() != null
				&& names.contains(audience.getName().toLowerCase(Locale.ROOT));
	}

	/**
	 * The criteria in plain words, for the cover ("status: approved; tags: empathy"); empty for no criteria.
	 * Whether unapproved entries are in is not part of it: the cover says so on its own.
	 */
	public String describe() {
		List<String> parts = new ArrayList<>();
		if (!types.isEmpty()) {
			parts.add("types: " + String.join(", ", types.stream().sorted().map(EntryType::key).toList()));
		}
		if (!statuses.isEmpty()) {
			parts.add("status: " + String.join(", ", statuses.stream().sorted().map(Status::getLiteral).toList()));
		}
		if (!tags.isEmpty()) {
			parts.add("tags: " + String.join(", ", tags.stream().sorted().toList()));
		}
		if (!channels.isEmpty()) {
			parts.add("channels: " + String.join(", ", channels.stream().sorted().map(Channel::getLiteral).toList()));
		}
		if (!audiences.isEmpty()) {
			parts.add("audiences: " + String.join(", ", audiences.stream().sorted().toList()));
		}
		if (!scenarios.isEmpty()) {
			parts.add(scenarios.size() == 1 ? "1 chosen scenario" : scenarios.size() + " chosen scenarios");
		}
		return String.join("; ", parts);
	}
}
