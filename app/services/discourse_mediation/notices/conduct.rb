# frozen_string_literal: true

module DiscourseMediation
  # How the plugin's messages name what a case is about: a post, with a link
  # to it, or conduct outside the forum, by where and when it happened (it
  # has no post to link to). Titles are plain text; bodies are Markdown, with
  # the topic's title and the place, both written by members, escaped; the
  # place mentions nobody and links nowhere, as no one on the forum wrote it.
  module Notices::Conduct
    SCOPE = "discourse_mediation.conduct"

    module_function

    # For a message's title.
    def title_values(mediation_case)
      {
        topic_title: mediation_case.topic_title,
        your_conduct: your_conduct(mediation_case, markdown: false),
      }
    end

    # For a message's body. The link may name another post than the case's
    # own: a second request is about a post of its own. A deleted post has
    # no link: the post is named without one.
    def body_values(mediation_case, post_url: mediation_case.post_full_url.to_s)
      return elsewhere_values(mediation_case) if mediation_case.elsewhere?
      topic_title = Markdown.inline(mediation_case.topic_title)
      your_conduct = your_conduct(mediation_case, markdown: true)
      linked = post_url.present? ? "linked" : "unlinked"
      your_conduct_linked = your_conduct
      if post_url.present?
        your_conduct_linked = I18n.t("#{SCOPE}.your_post_linked", topic_title:, post_url:)
      end
      {
        topic_title:,
        post_url:,
        your_conduct:,
        your_conduct_linked:,
        conduct_linked: I18n.t("#{SCOPE}.post_#{linked}", topic_title:, post_url:),
        discussion_linked: I18n.t("#{SCOPE}.discussion_#{linked}", topic_title:, post_url:),
        your_conduct_there: I18n.t("#{SCOPE}.your_post_there"),
        read_it: I18n.t("#{SCOPE}.read_discussion"),
        ask_again: I18n.t("#{SCOPE}.ask_again_on_post"),
      }
    end

    def elsewhere_values(mediation_case)
      your_conduct = your_conduct(mediation_case, markdown: true)
      what_happened = I18n.t("#{SCOPE}.elsewhere", **place(mediation_case, markdown: true))
      {
        topic_title: Markdown.inline(mediation_case.topic_title, inert: true),
        post_url: "",
        your_conduct:,
        your_conduct_linked: your_conduct,
        conduct_linked: what_happened,
        discussion_linked: what_happened,
        your_conduct_there: I18n.t("#{SCOPE}.your_conduct_there"),
        read_it: I18n.t("#{SCOPE}.read_elsewhere"),
        ask_again: I18n.t("#{SCOPE}.ask_again_elsewhere"),
      }
    end

    def your_conduct(mediation_case, markdown:)
      if mediation_case.elsewhere?
        I18n.t("#{SCOPE}.your_conduct_elsewhere", **place(mediation_case, markdown:))
      else
        title = mediation_case.topic_title
        I18n.t("#{SCOPE}.your_post", topic_title: markdown ? Markdown.inline(title) : title)
      end
    end

    # Where and when it happened, as the report and the messages name it.
    # The day is written out in words, never with a time of day.
    def place(mediation_case, markdown:)
      where = mediation_case.conduct_where.to_s
      day = mediation_case.conduct_on
      {
        where: markdown ? Markdown.inline(where, inert: true) : where,
        on:
          (
            if day
              I18n.l(day, format: I18n.t("#{SCOPE}.date_format"))
            else
              I18n.t("#{SCOPE}.unknown_day")
            end
          ),
      }
    end
  end
end
