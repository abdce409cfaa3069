# frozen_string_literal: true

module DiscourseMediation
  # What the report topic says of conduct outside the forum, which voters
  # cannot open: where and when it happened, and every piece of evidence
  # with its note, never who gave it. Quotes are quoted as statements are,
  # and mention, link and draw nobody and nothing; uploads go by their short
  # address, so that core counts them as used by the topic's post.
  module ReportTopic::Elsewhere
    SCOPE = "#{ReportTopic::SCOPE}.elsewhere"
    # Characters that would end a Markdown link's address early.
    ADDRESS_BREAKERS = /[\s()<>\\`]/
    # An extension as core writes one; anything else would be Markdown.
    PLAIN_EXTENSION = /\A[a-z0-9]{1,10}\z/

    module_function

    def in_question(mediation_case, username)
      I18n.t(
        "#{SCOPE}.in_question",
        username:,
        **Notices::Conduct.place(mediation_case, markdown: true),
        evidence: evidence(mediation_case),
      )
    end

    def evidence(mediation_case)
      pieces = mediation_case.evidence.includes(:upload).to_a
      return I18n.t("#{SCOPE}.no_evidence") if pieces.empty?
      pieces.each_with_index.map { |piece, index| piece_text(piece, index + 1) }.join("\n\n")
    end

    def piece_text(piece, number)
      text = I18n.t("#{SCOPE}.#{piece_key(piece)}", **piece_values(piece, number))
      return text if piece.note.blank?
      I18n.t("#{SCOPE}.with_note", piece: text, note: Markdown.quote(piece.note, inert: true))
    end

    def piece_key(piece)
      return piece.kind if piece.kind != "upload"
      return "upload_gone" if piece.upload.nil?
      Rules::Case::Evidence.image?(piece.upload.extension) ? "image" : "file"
    end

    def piece_values(piece, number)
      case piece.kind
      when "link"
        { link: "[#{Markdown.inline(piece.url)}](#{address(piece.url)})" }
      when "quote"
        { quote: Markdown.quote(piece.quote, inert: true) }
      else
        upload_values(piece.upload, number)
      end
    end

    # Named by its number in the list, never by the file's own name.
    def upload_values(upload, number)
      return {} if upload.nil?
      name = I18n.t("#{SCOPE}.upload_name", number:)
      extension = upload.extension.to_s.downcase
      # Core finds the upload by the address's name alone, before any dot.
      if extension.match?(PLAIN_EXTENSION)
        file_name = "#{name}.#{extension}"
        address = upload.short_url
      else
        file_name = name
        address = "upload://#{upload.base62_sha1}"
      end
      { image: "![#{name}](#{address})", file: "[#{file_name}|attachment](#{address})" }
    end

    def address(url)
      url.to_s.gsub(ADDRESS_BREAKERS) { |char| char.bytes.map { format("%%%02X", _1) }.join }
    end
  end
end
