# frozen_string_literal: true

module DiscourseMediation
  # A private message from the system user to one member: how the plugin tells
  # people where their case stands, each in a message of their own.
  module Notices::SystemMessage
    module_function

    # A date in a message: messages cannot know the reader's time zone, so
    # they say UTC plainly.
    def time(time)
      time ? "#{I18n.l(time.utc, format: :long)} UTC" : ""
    end

    # Sends it unless this person already has this message about this case
    # (SentMessage): safe under Sidekiq's retries.
    def send_once!(mediation_case, kind, user, title:, raw:)
      SentMessage.once(mediation_case, kind, user) { send!(user, title:, raw:) }
    end

    def send!(user, title:, raw:)
      create!(title:, raw:, target_usernames: user.username)
    end

    # To Discourse's moderators group, as a group message; nothing when the
    # group is missing.
    def send_to_moderators!(title:, raw:)
      moderators = moderators_group
      create!(title:, raw:, target_group_names: moderators.name) if moderators
    end

    # Where a member writes to the moderators: a new message to their group,
    # which Discourse lets everyone message. Its name is localised.
    def moderators_message_url
      name = moderators_group&.name || "moderators"
      "#{Discourse.base_url}/new-message?groupname=#{CGI.escape(name)}"
    end

    def moderators_group
      Group.find_by(id: Group::AUTO_GROUPS[:moderators])
    end

    def create!(title:, raw:, **recipients)
      PostCreator.create!(
        Discourse.system_user,
        title:,
        raw:,
        archetype: Archetype.private_message,
        subtype: TopicSubtype.system_message,
        skip_validations: true,
        **recipients,
      )
    end
  end
end
